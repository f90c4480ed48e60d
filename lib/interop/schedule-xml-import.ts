// Reads schedule XML (frab, pentabarf, pretalx, wafer, FOSDEM) into the neutral
// ScheduleDocument. Tolerant of what real files add, leave out or get wrong — each
// reported in `ignored` or `decisions` with where it first occurred — and strict
// where taking the file would invent data: no start, an unreadable duration, no title.

import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate } from "@/lib/time/zoned";
import { noteDuration, readClockDuration, splitDuplicates } from "./event-review";
import { derivedGuid, isUuid } from "./guids";
import { ImportLog } from "./import-log";
import {
  type ParsedSchedule,
  type ScheduleEvent,
  ScheduleFormatError,
  type SchedulePerson,
  type ScheduleRoom,
  type ScheduleTrack,
} from "./schedule-document";
import {
  attr,
  children,
  field,
  first,
  lineFinder,
  positiveId,
  readDocument,
  startIndexOf,
  textOf,
  type XmlElement,
} from "./schedule-xml-read";
import { type ZoneOptions, ZoneReader } from "./zone-reader";

type Place = {
  day: XmlElement;
  dayLabel: string;
  roomName: string | null;
  previousClock: { minutes: number; wrapped: boolean };
};

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

// Elements and attributes read into the document. <version>, <days> and the day
// frame are read or implied without being kept; everything else is reported.
const KNOWN = {
  schedule: ["version", "conference", "day", "tracks"],
  conference: [
    "acronym",
    "title",
    "subtitle",
    "venue",
    "city",
    "start",
    "end",
    "days",
    "time_zone_name",
    "url",
    "base_url",
    "track",
    "day_change",
  ],
  tracks: ["track"],
  track: ["@name", "@color", "#text"],
  day: ["@date", "@start", "@end", "@index", "room", "event"],
  room: ["@name", "@guid", "event"],
  event: [
    "@id",
    "@guid",
    "date",
    "start",
    "duration",
    "room",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
    "slug",
    "url",
    "persons",
    "person",
    "links",
  ],
  persons: ["person"],
  person: ["@id", "@guid", "#text"],
  links: ["link"],
  link: ["@href", "#text"],
} satisfies Record<string, string[]>;
const known = Object.fromEntries(Object.entries(KNOWN).map(([k, v]) => [k, new Set(v)]));

export function parseScheduleXml(text: string, options: ZoneOptions = {}): ParsedSchedule {
  const log = new ImportLog();
  const lineOf = lineFinder(text);
  /** `event 6210 (line 100)`: a label and, when the parser kept it, the element's line. */
  const at = (label: string, node: XmlElement, ...more: Array<string | null>) => {
    const index = startIndexOf(node);
    const details = [...more, index === undefined ? null : `line ${lineOf(index)}`].filter(Boolean);
    return details.length > 0 ? `${label} (${details.join(", ")})` : label;
  };
  const report = (node: XmlElement, tag: keyof typeof KNOWN, where: string) => {
    for (const key of Object.keys(node)) {
      const list = node[key];
      if (known[tag]!.has(key)) continue;
      if (key === "#text") {
        if (String(list).trim()) log.ignore(`text inside <${tag}>`, where);
      } else if (key.startsWith("@")) {
        log.ignore(`attribute ${key.slice(1)} on <${tag}>`, where);
      } else log.ignore(`element <${key}> in <${tag}>`, where, Array.isArray(list) ? list.length : 1);
    }
  };

  const root = readDocument(text, (names) =>
    log.ignore("DOCTYPE entity declarations (not expanded)", "DOCTYPE", names.length),
  );
  const schedule = root.schedule;
  report(schedule, "schedule", at("schedule", schedule));
  const conference = first(schedule, "conference");
  if (!conference) throw new ScheduleFormatError("No <conference> element", at("schedule", schedule));
  const conferenceWhere = at("conference", conference);
  report(conference, "conference", conferenceWhere);
  const zones = new ZoneReader(
    field(conference, "time_zone_name") || null,
    `${conferenceWhere}, <time_zone_name>`,
    log,
    options,
  );
  const dayChange = CLOCK.exec(field(conference, "day_change"));

  const rooms: ScheduleRoom[] = [];
  const addRoom = (name: string, guid: string | null) => {
    if (!rooms.some((r) => r.name === name)) rooms.push({ name, guid });
  };
  const tracks: ScheduleTrack[] = [];
  const addTrack = (name: string, color: string | null) => {
    if (name && !tracks.some((t) => t.name === name)) tracks.push({ name, color });
  };
  const listedTracks = [...children(conference, "track"), ...children(first(schedule, "tracks") ?? {}, "track")];
  for (const tracksNode of children(schedule, "tracks")) report(tracksNode, "tracks", at("tracks", tracksNode));
  for (const track of listedTracks) {
    report(track, "track", at("track", track));
    const color = attr(track, "color");
    addTrack(
      attr(track, "name") || textOf(track),
      color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : null,
    );
  }

  const events: Array<{ event: ScheduleEvent; where: string }> = [];
  const readEvent = (node: XmlElement, place: Place) => {
    const id = attr(node, "id");
    const guid = attr(node, "guid") || null;
    const label = `event ${id || guid || `#${events.length + 1}`}`;
    const where = at(label, node, place.dayLabel, place.roomName && `room ${place.roomName}`);
    const seen = at(label, node);
    report(node, "event", seen);
    if (id && !/^\d+$/.test(id)) log.ignore(`attribute id on <event> that is not an integer`, where);

    const title = field(node, "title");
    if (!title) throw new ScheduleFormatError("Event without a title", where);
    const room = field(node, "room") || place.roomName || "";
    if (room) addRoom(room, null);
    else log.decide("events without a room: imported without one (listed under their forum)", where);
    const track = field(node, "track") || null;
    if (track) addTrack(track, null);
    const durationMinutes = readClockDuration(field(node, "duration"), where, log);
    if (durationMinutes === null)
      throw new ScheduleFormatError(
        `Unreadable duration "${field(node, "duration")}": expected H:MM, HH:MM or HH:MM:SS`,
        where,
      );
    noteDuration(durationMinutes, where, log);

    events.push({
      where,
      event: {
        guid,
        id: positiveId(id),
        start: new Date(readStart(node, place, where)).toISOString(),
        durationMinutes,
        room,
        title,
        titleEn: null,
        subtitle: field(node, "subtitle"),
        track,
        group: null,
        type: field(node, "type"),
        language: field(node, "language"),
        abstract: field(node, "abstract"),
        abstractEn: null,
        description: field(node, "description"),
        slug: field(node, "slug") || null,
        url: field(node, "url") || null,
        cancelled: false,
        persons: readPersons(node, seen),
        links: readLinks(node, seen),
      },
    });
  };

  const readPersons = (node: XmlElement, seen: string): SchedulePerson[] => {
    const persons: SchedulePerson[] = [];
    for (const person of children(first(node, "persons") ?? {}, "person")) {
      report(person, "person", seen);
      const name = textOf(person).trim();
      const personGuid = attr(person, "guid");
      if (personGuid && !isUuid(personGuid)) log.ignore("attribute guid on <person> that is not a UUID", seen);
      if (!name) log.ignore("<person> without a name", seen);
      else
        persons.push({
          name,
          id: positiveId(attr(person, "id")),
          guid: isUuid(personGuid) ? personGuid : null,
          role: null,
        });
    }
    // A hand-rolled generator writes `<person>A, B</person>` straight inside the event.
    for (const person of children(node, "person")) {
      const names = textOf(person)
        .split(/\s*[,;]\s*/)
        .filter(Boolean);
      if (names.length)
        log.decide("<person> inside <event> (no <persons>): its comma-separated names read as people", seen);
      for (const name of names) persons.push({ name, id: null, guid: null, role: null });
    }
    if (persons.some((p) => p.id === null && p.guid === null))
      log.decide("people without an id or guid: one speaker per name within the conference", seen);
    return persons;
  };

  const readLinks = (node: XmlElement, seen: string) => {
    const links: ScheduleEvent["links"] = [];
    for (const link of children(first(node, "links") ?? {}, "link")) {
      report(link, "link", seen);
      const href = attr(link, "href");
      const body = textOf(link).trim();
      if (href) links.push({ url: href, title: body });
      else if (/^https?:\/\/\S+$/.test(body)) {
        log.decide("<link> without href whose text is an address: the address taken as the link", seen);
        links.push({ url: body, title: "" });
      } else log.ignore("<link> without href", seen);
    }
    return links;
  };

  /** The start: <date> (with or without an offset), else the day's date and <start>; small hours after the day's evening go to the next date. */
  const readStart = (event: XmlElement, place: Place, where: string): number => {
    const date = DATE_TIME.exec(field(event, "date"));
    const dayDate = attr(place.day, "date");
    if (date?.[2] && isLocalDate(date[1]!)) {
      if (isLocalDate(dayDate) && date[1]! > dayDate)
        log.decide("events listed under a day but dated after its midnight: kept at their own date and time", where);
      return zones.instant(`${date[1]}T${date[2]}:${date[3] ?? "00"}`, date[4] ?? null, where);
    }
    const clock = CLOCK.exec(field(event, "start"));
    const localDate = date?.[1] ?? dayDate;
    if (!clock || !isLocalDate(localDate))
      throw new ScheduleFormatError("Event without a usable start (no <date>, nor a day date and <start>)", where);
    const minutes = Number(clock[1]) * 60 + Number(clock[2]);
    const dayStart = DATE_TIME.exec(attr(place.day, "start"));
    const boundary = dayChange
      ? Number(dayChange[1]) * 60 + Number(dayChange[2])
      : dayStart?.[2]
        ? Number(dayStart[2].slice(0, 2)) * 60 + Number(dayStart[2].slice(3))
        : null;
    // Without a day change, a clock that goes back within a room's list has passed midnight.
    const previous = place.previousClock;
    if (boundary === null && minutes < previous.minutes) previous.wrapped = true;
    previous.minutes = minutes;
    const nextDay = boundary !== null ? minutes < boundary : previous.wrapped;
    if (nextDay)
      log.decide(
        `events after midnight listed under the previous day${boundary !== null ? " (before its day change)" : ""}: dated the next day`,
        where,
      );
    const local = `${shiftDate(localDate, (nextDay ? 1 : 0) + Math.floor(minutes / 1440))}T${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
    // No zone anywhere: the day's own start may carry an offset (`2016-12-27T10:00:00+01:00`).
    return zones.instant(local, zones.zone ? null : (dayStart?.[4] ?? null), where);
  };

  const days = children(schedule, "day");
  for (const [i, day] of days.entries()) {
    const dayLabel = `day ${attr(day, "index") || attr(day, "date") || i + 1}`;
    report(day, "day", at(dayLabel, day));
    for (const roomNode of children(day, "room")) {
      const roomName = attr(roomNode, "name") || null;
      report(roomNode, "room", at(`${dayLabel}, room ${roomName ?? "?"}`, roomNode));
      if (roomName) addRoom(roomName, isUuid(attr(roomNode, "guid")) ? attr(roomNode, "guid") : null);
      const previousClock = { minutes: -1, wrapped: false };
      for (const event of children(roomNode, "event")) readEvent(event, { day, dayLabel, roomName, previousClock });
    }
    // The older FOSDEM layout: events straight under <day>, the room only in each event.
    const previousClock = { minutes: -1, wrapped: false };
    for (const event of children(day, "event")) readEvent(event, { day, dayLabel, roomName: null, previousClock });
  }
  splitDuplicates(events, log, derivedGuid);

  const timeZone = zones.documentZone(conferenceWhere);
  const dayDates = days.map((d) => attr(d, "date")).filter(isLocalDate);
  const eventDates = events.map(({ event }) => instantToLocalDate(new Date(event.start), timeZone ?? "UTC")).sort();
  const dateOf = (name: string) => field(conference, name).slice(0, 10);
  const title = field(conference, "title");
  return {
    document: {
      conference: {
        acronym: field(conference, "acronym") || slugify(title),
        title,
        subtitle: field(conference, "subtitle"),
        venue: field(conference, "venue"),
        city: field(conference, "city"),
        startDate: [dateOf("start"), dayDates[0], eventDates[0]].find((d) => d && isLocalDate(d)) ?? "",
        endDate:
          [dateOf("end"), dayDates[dayDates.length - 1], eventDates[eventDates.length - 1]].find(
            (d) => d && isLocalDate(d),
          ) ?? "",
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

function shiftDate(date: string, days: number): string {
  return days === 0 ? date : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
