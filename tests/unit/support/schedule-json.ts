// The programme the schedule JSON tests export: a Chinese keynote with an English
// translation, in a two-day conference in Shanghai, and the smallest schema.json another tool writes.
import type { ScheduleDocument, ScheduleEvent } from "@/lib/interop/schedule-document";
import { blankEvent, exportOptions, scheduleDocument } from "./schedule-document";

export const options = exportOptions({
  baseUrl: "https://podium.example/demo-2025/",
  generatedAt: new Date("2025-03-01T12:34:56Z"),
});

export function event(overrides: Partial<ScheduleEvent> = {}): ScheduleEvent {
  return blankEvent({
    guid: "0b6ac5c2-3a7e-4d36-9f39-0d5f1c2a7e01",
    id: 11,
    start: "2025-05-10T01:00:00.000Z",
    room: "主会场",
    title: "开幕致辞",
    titleEn: "Opening Address",
    track: "大会主体活动",
    type: "keynote",
    language: "zh",
    abstract: "大会开幕。",
    abstractEn: "The conference opens.",
    persons: [{ name: "王斌", guid: "5d0c8a1e-6f0b-4c9a-8f55-3c1e2b7d9a10", id: null, role: "speaker" }],
    ...overrides,
  });
}

export function document(events: ScheduleEvent[], overrides: Partial<ScheduleDocument> = {}): ScheduleDocument {
  return scheduleDocument(events, {
    conference: {
      title: "演示大会",
      city: "北京",
      startDate: "2025-05-10",
      endDate: "2025-05-11",
      timeZone: "Asia/Shanghai",
      languages: ["zh-CN", "en"],
    },
    rooms: [{ name: "主会场", guid: null }],
    tracks: [{ name: "大会主体活动", color: "#B91C1C" }],
    ...overrides,
  });
}

/** A minimal schema.json file with one room of events on 2025-05-10, in Asia/Shanghai. */
export function scheduleJson(events: unknown[], room = "Room A", extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schedule: {
      conference: {
        acronym: "mini",
        title: "Mini",
        time_zone_name: "Asia/Shanghai",
        days: [{ index: 1, date: "2025-05-10", day_start: "2025-05-10T06:00:00+08:00", rooms: { [room]: events } }],
        ...extra,
      },
    },
  });
}

export const minimalEvent = {
  guid: "7f1f3c1a-0000-4000-8000-000000000001",
  date: "2025-05-10T09:00:00+08:00",
  duration: "00:30",
  room: "Room A",
  title: "Talk",
};
