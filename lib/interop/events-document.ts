import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate } from "@/lib/time/zoned";
import type { ScheduleDocument, ScheduleEvent } from "./schedule-document";

/**
 * The document of a file that is only a list of events (iCalendar, Sessionize): the
 * conference spans their local dates in its zone, and its rooms and tracks are those the
 * events name, in order of appearance (or the order of the file's own list of rooms).
 */
export function eventsDocument(input: {
  title: string;
  /** The acronym when the title makes none (a Chinese title slugifies to nothing). */
  fallbackAcronym: string;
  subtitle?: string;
  timeZone: string | null;
  events: ScheduleEvent[];
  roomOrder?: string[];
}): ScheduleDocument {
  const { events } = input;
  const dates = events
    .map((e) => instantToLocalDate(new Date(e.start), input.timeZone ?? "UTC"))
    .filter(isLocalDate)
    .sort();
  const named = (pick: (e: ScheduleEvent) => string | null) => [
    ...new Set(events.map(pick).filter((v): v is string => Boolean(v))),
  ];
  const rooms = named((e) => e.room);
  return {
    conference: {
      acronym: slugify(input.title) || input.fallbackAcronym,
      title: input.title,
      subtitle: input.subtitle ?? "",
      venue: "",
      city: "",
      startDate: dates[0]!,
      endDate: dates.at(-1)!,
      timeZone: input.timeZone,
      url: null,
      languages: [],
    },
    rooms: (input.roomOrder?.filter((name) => rooms.includes(name)) ?? rooms).map((name) => ({ name, guid: null })),
    tracks: named((e) => e.track).map((name) => ({ name, color: null })),
    groups: [],
    events,
  };
}
