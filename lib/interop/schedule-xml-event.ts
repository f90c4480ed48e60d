// One <event> of a schedule XML: its start (dated by its day, its room's clock and the
// day change), duration, people and links. Strict where taking it would invent data.

import { isLocalDate } from "@/lib/time/zoned";
import { noteDuration, readClockDuration } from "./event-review";
import { isUuid } from "./guids";
import type { ImportLog } from "./import-log";
import { at, type Place, type PlacePart } from "./import-report";
import { type ScheduleEvent, ScheduleFormatError, type SchedulePerson } from "./schedule-document";
import type { KnownElement } from "./schedule-xml-known";
import { attr, children, field, first, positiveId, textOf, type XmlElement } from "./schedule-xml-read";
import type { ZoneReader } from "./zone-reader";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
export const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** What reading events needs from the whole file. */
export interface XmlReading {
  log: ImportLog;
  zones: ZoneReader;
  /** `<day_change>` of the conference, when it has one. */
  dayChange: RegExpExecArray | null;
  /** A place: the head, any details, and the element's line when the parser kept it. */
  place: (head: PlacePart, node: XmlElement, ...details: Array<PlacePart | null>) => Place;
  report: (node: XmlElement, element: KnownElement, where: Place) => void;
  addRoom: (name: string, guid: string | null) => void;
  addTrack: (name: string, color: string | null) => void;
}

/** Where an event is listed: its day, its room (none in FOSDEM's older layout), and that room's clock so far. */
export interface Slot {
  day: XmlElement;
  dayLabel: PlacePart;
  roomName: string | null;
  previousClock: { minutes: number; wrapped: boolean };
}

export function readEvent(r: XmlReading, node: XmlElement, slot: Slot, ordinal: number) {
  const { log } = r;
  const id = attr(node, "id");
  const guid = attr(node, "guid") || null;
  const label = at.event(id || guid || `#${ordinal}`);
  const where = r.place(label, node, slot.dayLabel, slot.roomName === null ? null : at.room(slot.roomName));
  const seen = r.place(label, node);
  r.report(node, "event", seen);
  if (id && !/^\d+$/.test(id)) log.ignore("xmlEventIdNotInteger", where);

  const title = field(node, "title");
  if (!title) throw new ScheduleFormatError("xmlNoTitle", where);
  const room = field(node, "room") || slot.roomName || "";
  if (room) r.addRoom(room, null);
  else log.decide("noRoom", where);
  const track = field(node, "track") || null;
  if (track) r.addTrack(track, null);
  const durationMinutes = readClockDuration(field(node, "duration"), where, log);
  if (durationMinutes === null)
    throw new ScheduleFormatError("unreadableDuration", where, { duration: `"${field(node, "duration")}"` });
  noteDuration(durationMinutes, where, log);

  const event: ScheduleEvent = {
    guid,
    id: positiveId(id),
    start: new Date(readStart(r, node, slot, where)).toISOString(),
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
    persons: readPersons(r, node, seen),
    links: readLinks(r, node, seen),
  };
  return { event, where };
}

function readPersons(r: XmlReading, node: XmlElement, seen: Place): SchedulePerson[] {
  const persons: SchedulePerson[] = [];
  for (const person of children(first(node, "persons") ?? {}, "person")) {
    r.report(person, "person", seen);
    const name = textOf(person).trim();
    const personGuid = attr(person, "guid");
    if (personGuid && !isUuid(personGuid)) r.log.ignore("xmlPersonGuidNotUuid", seen);
    if (!name) r.log.ignore("xmlPersonWithoutName", seen);
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
    if (names.length) r.log.decide("xmlPersonList", seen);
    for (const name of names) persons.push({ name, id: null, guid: null, role: null });
  }
  if (persons.some((p) => p.id === null && p.guid === null)) r.log.decide("peopleWithoutId", seen);
  return persons;
}

function readLinks(r: XmlReading, node: XmlElement, seen: Place) {
  const links: ScheduleEvent["links"] = [];
  for (const link of children(first(node, "links") ?? {}, "link")) {
    r.report(link, "link", seen);
    const href = attr(link, "href");
    const body = textOf(link).trim();
    if (href) links.push({ url: href, title: body });
    else if (/^https?:\/\/\S+$/.test(body)) {
      r.log.decide("xmlLinkText", seen);
      links.push({ url: body, title: "" });
    } else r.log.ignore("xmlLinkWithoutHref", seen);
  }
  return links;
}

/** The start: <date> (with or without an offset), else the day's date and <start>; small hours after the day's evening go to the next date. */
function readStart(r: XmlReading, event: XmlElement, slot: Slot, where: Place): number {
  const date = DATE_TIME.exec(field(event, "date"));
  const dayDate = attr(slot.day, "date");
  if (date?.[2] && isLocalDate(date[1]!)) {
    if (isLocalDate(dayDate) && date[1]! > dayDate) r.log.decide("datedAfterDay", where);
    return r.zones.instant(`${date[1]}T${date[2]}:${date[3] ?? "00"}`, date[4] ?? null, where);
  }
  const clock = CLOCK.exec(field(event, "start"));
  const localDate = date?.[1] ?? dayDate;
  if (!clock || !isLocalDate(localDate)) throw new ScheduleFormatError("xmlNoStart", where);
  const minutes = Number(clock[1]) * 60 + Number(clock[2]);
  const dayStart = DATE_TIME.exec(attr(slot.day, "start"));
  const boundary = r.dayChange
    ? Number(r.dayChange[1]) * 60 + Number(r.dayChange[2])
    : dayStart?.[2]
      ? Number(dayStart[2].slice(0, 2)) * 60 + Number(dayStart[2].slice(3))
      : null;
  // Without a day change, a clock that goes back within a room's list has passed midnight.
  const previous = slot.previousClock;
  if (boundary === null && minutes < previous.minutes) previous.wrapped = true;
  previous.minutes = minutes;
  const nextDay = boundary !== null ? minutes < boundary : previous.wrapped;
  if (nextDay) r.log.decide(boundary !== null ? "beforeDayChange" : "afterMidnight", where);
  const local = `${shiftDate(localDate, (nextDay ? 1 : 0) + Math.floor(minutes / 1440))}T${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  // No zone anywhere: the day's own start may carry an offset (`2016-12-27T10:00:00+01:00`).
  return r.zones.instant(local, r.zones.zone ? null : (dayStart?.[4] ?? null), where);
}

function shiftDate(date: string, days: number): string {
  return days === 0 ? date : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");
