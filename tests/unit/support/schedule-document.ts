// The schedule documents the interop unit tests export and read back: one blank event and
// one small conference, which each test file dresses for what it checks.
import {
  ScheduleFormatError,
  type ExportOptions,
  type ScheduleDocument,
  type ScheduleEvent,
} from "@/lib/interop/schedule-document";

/** Export options with a fixed generation time, so a test can prove the output never contains it. */
export function exportOptions(over: Partial<ExportOptions> = {}): ExportOptions {
  return {
    baseUrl: "https://podium.example/demo/",
    generatedAt: new Date("2031-07-09T13:14:15Z"),
    version: "v3",
    generatorVersion: "0.1.0",
    ...over,
  };
}

/** A confirmed 30-minute talk in the Main hall at 09:00Z on 1 Feb 2025, with no id, guid or people. */
export function blankEvent(over: Partial<ScheduleEvent> = {}): ScheduleEvent {
  return {
    guid: null,
    id: null,
    start: "2025-02-01T09:00:00.000Z",
    durationMinutes: 30,
    room: "Main hall",
    title: "Talk",
    titleEn: null,
    subtitle: "",
    track: null,
    group: null,
    type: "talk",
    language: "en",
    abstract: "",
    abstractEn: null,
    description: "",
    slug: null,
    url: null,
    cancelled: false,
    persons: [],
    links: [],
    ...over,
  };
}

/** A one-day conference in Brussels with the Main hall; `conference` overrides some of its fields. */
export function scheduleDocument(
  events: ScheduleEvent[],
  {
    conference,
    ...over
  }: Omit<Partial<ScheduleDocument>, "conference"> & {
    conference?: Partial<ScheduleDocument["conference"]>;
  } = {},
): ScheduleDocument {
  return {
    conference: {
      acronym: "demo-2025",
      title: "Demo",
      subtitle: "",
      venue: "",
      city: "",
      startDate: "2025-02-01",
      endDate: "2025-02-01",
      timeZone: "Europe/Brussels",
      url: null,
      languages: [],
      ...conference,
    },
    rooms: [{ name: "Main hall", guid: null }],
    tracks: [],
    groups: [],
    events,
    ...over,
  };
}

/** The ScheduleFormatError `run` throws; any other outcome fails the test. */
export function formatError(run: () => unknown): ScheduleFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleFormatError) return error;
    throw error;
  }
  throw new Error("expected a ScheduleFormatError");
}
