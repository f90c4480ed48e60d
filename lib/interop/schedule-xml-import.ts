// Reads schedule XML (frab, pentabarf, pretalx, wafer, FOSDEM) into the neutral
// ScheduleDocument. Tolerant of what real files add, leave out or get wrong — each
// reported in `ignored` or `decisions` with where it first occurred — and strict
// where taking the file would invent data: no start, an unreadable duration, no title.

import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate } from "@/lib/time/zoned";
import { splitDuplicates } from "./event-review";
import { derivedGuid, isUuid } from "./guids";
import { ImportLog } from "./import-log";
import { at, type Place, type PlacePart } from "./import-report";
import {
  type ParsedSchedule,
  type ScheduleEvent,
  ScheduleFormatError,
  type ScheduleRoom,
  type ScheduleTrack,
} from "./schedule-document";
import { CLOCK, readEvent, type XmlReading } from "./schedule-xml-event";
import { reportUnknown } from "./schedule-xml-known";
import {
  attr,
  children,
  field,
  first,
  lineFinder,
  readDocument,
  startIndexOf,
  textOf,
  type XmlElement,
} from "./schedule-xml-read";
import { type ZoneOptions, ZoneReader } from "./zone-reader";

export function parseScheduleXml(text: string, options: ZoneOptions = {}): ParsedSchedule {
  const log = new ImportLog();
  const lineOf = lineFinder(text);
  const place = (head: PlacePart, node: XmlElement, ...details: Array<PlacePart | null>): Place => {
    const index = startIndexOf(node);
    return [head, ...details.filter((d) => d !== null), ...(index === undefined ? [] : [at.line(lineOf(index))])];
  };
  const report = reportUnknown.bind(null, log);

  const root = readDocument(text, (names) => log.ignore("xmlEntities", [at.path("DOCTYPE")], undefined, names.length));
  const schedule = root.schedule;
  report(schedule, "schedule", place(at.element("schedule"), schedule));
  const conference = first(schedule, "conference");
  if (!conference) throw new ScheduleFormatError("xmlNoConference", place(at.element("schedule"), schedule));
  const conferenceWhere = place(at.element("conference"), conference);
  report(conference, "conference", conferenceWhere);
  const zones = new ZoneReader(
    field(conference, "time_zone_name") || null,
    [...conferenceWhere, at.field("time_zone_name")],
    log,
    options,
  );

  const rooms: ScheduleRoom[] = [];
  const tracks: ScheduleTrack[] = [];
  const reading: XmlReading = {
    log,
    zones,
    dayChange: CLOCK.exec(field(conference, "day_change")),
    place,
    report,
    addRoom: (name, guid) => {
      if (!rooms.some((r) => r.name === name)) rooms.push({ name, guid });
    },
    addTrack: (name, color) => {
      if (name && !tracks.some((t) => t.name === name)) tracks.push({ name, color });
    },
  };
  for (const tracksNode of children(schedule, "tracks"))
    report(tracksNode, "tracks", place(at.element("tracks"), tracksNode));
  for (const track of [...children(conference, "track"), ...children(first(schedule, "tracks") ?? {}, "track")]) {
    report(track, "track", place(at.element("track"), track));
    const color = attr(track, "color");
    reading.addTrack(
      attr(track, "name") || textOf(track),
      /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : null,
    );
  }

  const events: Array<{ event: ScheduleEvent; where: Place }> = [];
  const days = children(schedule, "day");
  for (const [i, day] of days.entries()) {
    const dayLabel = at.day(attr(day, "index") || attr(day, "date") || String(i + 1));
    report(day, "day", place(dayLabel, day));
    for (const roomNode of children(day, "room")) {
      const roomName = attr(roomNode, "name") || null;
      report(roomNode, "room", place(dayLabel, roomNode, at.room(roomName ?? "?")));
      if (roomName) reading.addRoom(roomName, isUuid(attr(roomNode, "guid")) ? attr(roomNode, "guid") : null);
      const previousClock = { minutes: -1, wrapped: false };
      for (const event of children(roomNode, "event"))
        events.push(readEvent(reading, event, { day, dayLabel, roomName, previousClock }, events.length + 1));
    }
    // The older FOSDEM layout: events straight under <day>, the room only in each event.
    const previousClock = { minutes: -1, wrapped: false };
    for (const event of children(day, "event"))
      events.push(readEvent(reading, event, { day, dayLabel, roomName: null, previousClock }, events.length + 1));
  }
  splitDuplicates(events, log, derivedGuid);

  const timeZone = zones.documentZone(conferenceWhere);
  const dayDates = days.map((d) => attr(d, "date")).filter(isLocalDate);
  const eventDates = events.map(({ event }) => instantToLocalDate(new Date(event.start), timeZone ?? "UTC")).sort();
  const dateOf = (name: string) => field(conference, name).slice(0, 10);
  const firstDate = (...dates: Array<string | undefined>) => dates.find((d) => d && isLocalDate(d)) ?? "";
  const title = field(conference, "title");
  return {
    document: {
      conference: {
        acronym: field(conference, "acronym") || slugify(title),
        title,
        subtitle: field(conference, "subtitle"),
        venue: field(conference, "venue"),
        city: field(conference, "city"),
        startDate: firstDate(dateOf("start"), dayDates[0], eventDates[0]),
        endDate: firstDate(dateOf("end"), dayDates.at(-1), eventDates.at(-1)),
        timeZone,
        url: field(conference, "url") || field(conference, "base_url") || null,
        languages: [],
      },
      rooms,
      tracks,
      groups: [],
      events: events.map((e) => e.event),
    },
    ignored: log.ignored,
    decisions: log.decisions,
  };
}
