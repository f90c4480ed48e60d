// Reads schedule XML (frab, pentabarf, pretalx, wafer, FOSDEM) into the neutral
// ScheduleDocument. Tolerant of what real files add or leave out — every element or
// attribute it does not keep is reported in `ignored` — and strict where taking the
// file would invent data: no start, an unreadable duration, no title or room.

import { type EntityDecoderOptions, XMLParser, XMLValidator } from "fast-xml-parser";
import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate, isTimeZone, zonedToInstant } from "@/lib/time/zoned";
import {
  type IgnoredItem,
  type ParsedSchedule,
  type ScheduleEvent,
  ScheduleFormatError,
  type SchedulePerson,
  type ScheduleRoom,
  type ScheduleTrack,
} from "./schedule-document";

type XmlElement = { [key: string]: unknown; [meta: symbol]: unknown };
type Place = { day: XmlElement; dayLabel: string; roomName: string | null };

const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const META = XMLParser.getMetaDataSymbol() as symbol;
const CHAR_REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

// Elements and attributes read into the document. <version>, <days> and the day
// frame are read or implied without being kept; everything else is reported.
const KNOWN = {
  schedule: ["version", "conference", "day", "tracks"],
  conference: ["acronym", "title", "subtitle", "venue", "city", "start", "end", "days", "time_zone_name", "url", "base_url", "track"],
  tracks: ["track"],
  track: ["@name", "@color", "#text"],
  day: ["@date", "@start", "@end", "@index", "room", "event"],
  room: ["@name", "@guid", "event"],
  event: ["@id", "@guid", "date", "start", "duration", "room", "title", "subtitle", "track", "type", "language", "abstract", "description", "slug", "url", "persons", "links"],
  persons: ["person"],
  person: ["@id", "@guid", "#text"],
  links: ["link"],
  link: ["@href", "#text"],
} satisfies Record<string, string[]>;
const known = Object.fromEntries(Object.entries(KNOWN).map(([k, v]) => [k, new Set(v)]));

export function parseScheduleXml(text: string): ParsedSchedule {
  const ignored = new Map<string, IgnoredItem>();
  const skip = (what: string, where: string, count = 1) => {
    const item = ignored.get(what);
    if (item) item.count += count;
    else ignored.set(what, { what, where, count });
  };
  const lineOf = lineFinder(text);
  /** `event 6210 (line 100)`: a label and, when the parser kept it, the element's line. */
  const at = (label: string, node: XmlElement, ...more: Array<string | null>) => {
    const index = (node[META] as { startIndex?: number } | undefined)?.startIndex;
    const details = [...more, index === undefined ? null : `line ${lineOf(index)}`].filter(Boolean);
    return details.length > 0 ? `${label} (${details.join(", ")})` : label;
  };
  const report = (node: XmlElement, tag: keyof typeof KNOWN, where: string) => {
    for (const key of Object.keys(node)) {
      const list = node[key];
      if (known[tag]!.has(key)) continue;
      if (key === "#text") {
        if (String(list).trim()) skip(`text inside <${tag}>`, where);
      } else if (key.startsWith("@")) {
        skip(`attribute ${key.slice(1)} on <${tag}>`, where);
      } else skip(`element <${key}> in <${tag}>`, where, Array.isArray(list) ? list.length : 1);
    }
  };

  const root = readDocument(text, (names) => skip("DOCTYPE entity declarations (not expanded)", "DOCTYPE", names.length));
  const schedule = root.schedule;
  report(schedule, "schedule", at("schedule", schedule));
  const conference = first(schedule, "conference");
  if (!conference) throw new ScheduleFormatError("No <conference> element", at("schedule", schedule));
  report(conference, "conference", at("conference", conference));

  const zoneName = field(conference, "time_zone_name");
  const timeZone = zoneName && isTimeZone(zoneName) ? zoneName : null;
  if (zoneName && !timeZone) skip(`time_zone_name "${zoneName}" (not an IANA zone)`, at("conference", conference));

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
    addTrack(attr(track, "name") || textOf(track), color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : null);
  }

  const events: ScheduleEvent[] = [];
  const readEvent = (node: XmlElement, place: Place) => {
    const id = attr(node, "id");
    const guid = attr(node, "guid") || null;
    const label = `event ${id || guid || `#${events.length + 1}`}`;
    const where = at(label, node, place.dayLabel, place.roomName && `room ${place.roomName}`);
    const seen = at(label, node);
    report(node, "event", seen);
    if (id && !/^\d+$/.test(id)) skip(`attribute id on <event> that is not an integer`, where);

    const title = field(node, "title");
    if (!title) throw new ScheduleFormatError("Event without a title", where);
    const room = field(node, "room") || place.roomName;
    if (!room) throw new ScheduleFormatError("Event without a room", where);
    addRoom(room, null);
    const track = field(node, "track") || null;
    if (track) addTrack(track, null);

    const persons: SchedulePerson[] = [];
    for (const person of children(first(node, "persons") ?? {}, "person")) {
      report(person, "person", seen);
      const name = textOf(person).trim();
      const personId = attr(person, "id");
      const personGuid = attr(person, "guid");
      if (personGuid && !UUID.test(personGuid)) skip("attribute guid on <person> that is not a UUID", seen);
      if (!name) skip("<person> without a name", seen);
      else persons.push({ name, id: integerOrNull(personId), guid: UUID.test(personGuid) ? personGuid : null, role: null });
    }
    const links: ScheduleEvent["links"] = [];
    for (const link of children(first(node, "links") ?? {}, "link")) {
      report(link, "link", seen);
      const url = attr(link, "href");
      if (url) links.push({ url, title: textOf(link).trim() });
      else skip("<link> without href", seen);
    }

    events.push({
      guid,
      id: (integerOrNull(id) ?? 0) > 0 ? Number(id) : null,
      start: readStart(node, place, timeZone, where),
      durationMinutes: readDuration(field(node, "duration"), where),
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
      persons,
      links,
    });
  };

  const days = children(schedule, "day");
  for (const [i, day] of days.entries()) {
    const dayLabel = `day ${attr(day, "index") || attr(day, "date") || i + 1}`;
    report(day, "day", at(dayLabel, day));
    for (const roomNode of children(day, "room")) {
      const roomName = attr(roomNode, "name") || null;
      report(roomNode, "room", at(`${dayLabel}, room ${roomName ?? "?"}`, roomNode));
      if (roomName) addRoom(roomName, UUID.test(attr(roomNode, "guid")) ? attr(roomNode, "guid") : null);
      for (const event of children(roomNode, "event")) readEvent(event, { day, dayLabel, roomName });
    }
    // The older FOSDEM layout: events straight under <day>, the room only in each event.
    for (const event of children(day, "event")) readEvent(event, { day, dayLabel, roomName: null });
  }

  const dayDates = days.map((d) => attr(d, "date")).filter(isLocalDate);
  const eventDates = events.map((e) => instantToLocalDate(new Date(e.start), timeZone ?? "UTC")).sort();
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
        endDate: [dateOf("end"), dayDates[dayDates.length - 1], eventDates[eventDates.length - 1]].find((d) => d && isLocalDate(d)) ?? "",
        timeZone,
        url: field(conference, "url") || field(conference, "base_url") || null,
        languages: [],
      },
      rooms,
      tracks,
      groups: [],
      events,
    },
    ignored: [...ignored.values()],
  };
}

/** Parses well-formed XML with a single <schedule> root; entities declared in a DOCTYPE are never expanded. */
function readDocument(text: string, onDeclaredEntities: (names: string[]) => void): { schedule: XmlElement } {
  const body = text.replace(/^\uFEFF/, "");
  const validation = XMLValidator.validate(body);
  if (validation !== true) throw new ScheduleFormatError(`Malformed XML: ${validation.err.msg}`, `line ${validation.err.line}`);
  let root: XmlElement;
  try {
    root = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      captureMetaData: true,
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
      processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 10_000 },
      entityDecoder: xmlEntityDecoder(onDeclaredEntities),
    }).parse(body) as XmlElement;
  } catch (error) {
    throw new ScheduleFormatError(`Malformed XML: ${(error as Error).message}`, "document");
  }
  const roots = Object.keys(root).filter((k) => !k.startsWith("?"));
  const schedules = root.schedule;
  if (roots.length !== 1 || !Array.isArray(schedules) || schedules.length !== 1) {
    throw new ScheduleFormatError("The root element must be a single <schedule>", `root <${roots.join(">, <") || "none"}>`);
  }
  return { schedule: asElement(schedules[0]) };
}

/** XML's five entities and character references, in one pass so `&amp;#38;` stays `&#38;`. */
function xmlEntityDecoder(onDeclaredEntities: (names: string[]) => void): EntityDecoderOptions {
  return {
    setExternalEntities: () => {},
    addInputEntities: (entities) => {
      const names = Object.keys(entities);
      if (names.length > 0) onDeclaredEntities(names);
    },
    reset: () => {},
    setXmlVersion: () => {},
    decode: (value) =>
      value.replace(CHAR_REFERENCE, (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
        if (name) return NAMED[name]!;
        const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
        const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
        return legal ? String.fromCodePoint(code) : "";
      }),
  };
}

/** The start instant: <date> when it carries an offset, else the local date and <start> in the conference's zone. */
function readStart(event: XmlElement, place: Place, timeZone: string | null, where: string): string {
  const date = DATE_TIME.exec(field(event, "date"));
  if (date?.[4] && isLocalDate(date[1]!)) return new Date(Date.parse(`${date[1]}T${date[2]}:${date[3] ?? "00"}${normalOffset(date[4])}`)).toISOString();

  const clock = CLOCK.exec(field(event, "start")) ?? (date ? CLOCK.exec(date[2]!) : null);
  const localDate = date?.[1] ?? attr(place.day, "date");
  const dayStart = DATE_TIME.exec(attr(place.day, "start"));
  const dayOffset = dayStart?.[4] ? normalOffset(dayStart[4]) : null;
  if (!clock || !isLocalDate(localDate) || (!timeZone && !dayOffset)) {
    throw new ScheduleFormatError("Event without a usable start (no <date> with an offset, nor a day date and <start> in a known zone)", where);
  }
  const minutes = Number(clock[1]) * 60 + Number(clock[2]);
  const instantOn = (days: number) => {
    const local = `${shiftDate(localDate, days + Math.floor(minutes / 1440))}T${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
    return timeZone ? zonedToInstant(local, timeZone).getTime() : Date.parse(`${local}:00${dayOffset}`);
  };
  let instant = instantOn(0);
  // A day that runs past midnight (frab's day_change) lists its small hours after its evening.
  if (!date && dayStart && isLocalDate(dayStart[1]!) && instant < Date.parse(`${dayStart[1]}T${dayStart[2]}:00${dayOffset ?? "Z"}`)) instant = instantOn(1);
  return new Date(instant).toISOString();
}

/** `00:30`, `0:30`, `00:30:00` and `1:00:00` are hours and minutes (and seconds); anything else, or zero, is refused. */
function readDuration(text: string, where: string): number {
  const m = CLOCK.exec(text);
  const minutes = m && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60 ? Math.round(Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60) : 0;
  if (minutes <= 0) throw new ScheduleFormatError(`Unreadable duration "${text}"`, where);
  return minutes;
}

function normalOffset(offset: string): string {
  return offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
}

function shiftDate(date: string, days: number): string {
  return days === 0 ? date : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function lineFinder(text: string): (index: number) => number {
  let breaks: number[] | null = null;
  return (index) => {
    breaks ??= [...text.matchAll(/\n/g)].map((m) => m.index);
    let [low, high] = [0, breaks.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < index) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

function asElement(node: unknown): XmlElement {
  return typeof node === "object" && node !== null ? (node as XmlElement) : { "#text": typeof node === "string" ? node : "" };
}

function children(node: XmlElement, name: string): XmlElement[] {
  const list = node[name];
  return Array.isArray(list) ? list.map(asElement) : [];
}

function first(node: XmlElement, name: string): XmlElement | undefined {
  return children(node, name)[0];
}

function textOf(node: XmlElement): string {
  const text = node["#text"];
  return typeof text === "string" ? text : "";
}

/** The trimmed text of the first child of that name, "" when absent or empty. */
function field(node: XmlElement, name: string): string {
  const child = first(node, name);
  return child ? textOf(child).trim() : "";
}

function attr(node: XmlElement, name: string): string {
  const value = node[`@${name}`];
  return typeof value === "string" ? value.trim() : "";
}

function integerOrNull(value: string): number | null {
  return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
