// Schedule XML, the frab/pentabarf format kept by the c3voc and read by Giggity,
// EventFahrplan, the FOSDEM companion apps and info-beamer. The output validates
// strictly against schedule.xml.xsd and is deterministic: the same document gives
// the same bytes, so `generatedAt` is never printed and unchanged releases diff empty.

import { v5 as uuidV5 } from "uuid";
import { datesBetween, instantToLocalDate, isLocalDate, isTimeZone, offsetAt, zonedToInstant } from "@/lib/time/zoned";
import type { ExportOptions, ScheduleDocument, ScheduleEvent } from "./schedule-document";

/** Namespace for guids derived here, so they never collide with another tool's v5 guids. */
const PODIUM_GUID_NAMESPACE = "4f9a3c52-8b1e-5d7a-9c2e-6a0b3f1d8e47";
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
const VOC_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** Characters XML 1.0 forbids even as character references. */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
};

export function exportScheduleXml(document: ScheduleDocument, options: ExportOptions): string {
  const { conference } = document;
  const namedZone = conference.timeZone && isTimeZone(conference.timeZone) ? conference.timeZone : null;
  const zone = namedZone ?? "UTC";
  // Schedule XML has no status; apps show every event it lists as happening. Cancelled
  // sessions are left out here and carried by iCalendar (STATUS:CANCELLED) and JSON.
  const events = document.events.filter((e) => !e.cancelled).sort(byStartThenGuid);
  const localDate = new Map(events.map((e) => [e, instantToLocalDate(new Date(e.start), zone)]));
  const dates = conferenceDates(conference.startDate, conference.endDate, [...localDate.values()]);
  const ids = assignIds(events);
  const guids = assignGuids(events, ids, conference.acronym);
  const usedSlugs = new Set<string>();
  const baseUrl = httpUrl(options.baseUrl);

  const x = new XmlWriter();
  x.open("schedule");
  x.leaf("generator", "", { name: "Podium", version: options.generatorVersion });
  if (baseUrl) x.leaf("url", new URL("schedule.xml", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href);
  x.leaf("version", options.version);
  x.open("conference");
  x.leaf("acronym", xsdAcronym(conference.acronym || conference.title, dates[0]!));
  x.leaf("title", conference.title);
  x.leaf("start", dates[0]!);
  x.leaf("end", dates[dates.length - 1]!);
  x.leaf("days", String(dates.length));
  x.leaf("timeslot_duration", "00:05");
  if (baseUrl) x.leaf("base_url", baseUrl);
  const conferenceUrl = httpUrl(conference.url);
  // A file without a website of its own takes its base_url as one on import: don't echo it back.
  if (conferenceUrl && conferenceUrl !== baseUrl) x.leaf("url", conferenceUrl);
  if (namedZone) x.leaf("time_zone_name", namedZone);
  for (const track of document.tracks) {
    x.leaf("track", track.name, {
      name: track.name,
      color: HEX_COLOR.test(track.color ?? "") ? track.color!.toLowerCase() : null,
    });
  }
  x.close("conference");

  const roomOrder = [...new Set([...document.rooms.map((r) => r.name), ...events.map((e) => e.room)])];
  const roomGuid = new Map(document.rooms.map((r) => [r.name, r.guid && UUID.test(r.guid) ? r.guid : null]));
  for (const [i, date] of dates.entries()) {
    x.open("day", {
      index: String(i + 1),
      date,
      start: dayBoundary(date, "00:00", 0, zone),
      end: dayBoundary(date, "23:59", 59, zone),
    });
    const dayEvents = events.filter((e) => localDate.get(e) === date);
    for (const room of roomOrder) {
      const roomEvents = dayEvents.filter((e) => e.room === room);
      if (roomEvents.length === 0) continue;
      x.open("room", { name: room, guid: roomGuid.get(room) ?? null });
      for (const event of roomEvents) {
        x.open("event", { id: String(ids.get(event)), guid: guids.get(event)! });
        writeEvent(x, event, document, zone, usedSlugs);
        x.close("event");
      }
      x.close("room");
    }
    x.close("day");
  }
  x.close("schedule");
  return x.toString();
}

function writeEvent(
  x: XmlWriter,
  event: ScheduleEvent,
  document: ScheduleDocument,
  zone: string,
  usedSlugs: Set<string>,
) {
  const start = Date.parse(event.start);
  x.leaf("date", zonedDateTime(start, zone));
  x.leaf("start", zonedDateTime(start, zone).slice(11, 16));
  x.leaf("duration", hoursMinutes(event.durationMinutes));
  x.leaf("room", event.room);
  // The XSD requires slugs to be unique and of its own shape; others are left out.
  if (event.slug && VOC_SLUG.test(event.slug) && !usedSlugs.has(event.slug)) {
    usedSlugs.add(event.slug);
    x.leaf("slug", event.slug);
  }
  const url = httpUrl(event.url);
  if (url) x.leaf("url", url);
  x.leaf("title", event.title);
  x.leaf("subtitle", event.subtitle);
  // The format has one grouping, <track>, and apps build their menus from it: it
  // carries the forum (Podium's summit / devroom), which is what attendees follow.
  // Podium's own tracks, a coarser theme, are listed under <conference> and carried
  // per session in schedule2.json. An import makes one forum per track and day, so
  // imported files come back with their tracks; an event with no forum keeps its track.
  const group = event.group ? document.groups.find((g) => g.slug === event.group) : undefined;
  x.leaf("track", group?.name ?? event.track ?? "");
  x.leaf("type", event.type);
  if (event.language) x.leaf("language", event.language);
  x.leaf("abstract", event.abstract);
  x.leaf("description", event.description);
  x.open("persons");
  for (const person of event.persons) {
    x.leaf("person", person.name, {
      id: person.id !== null && Number.isSafeInteger(person.id) ? String(person.id) : null,
      guid: person.guid && UUID.test(person.guid) ? person.guid : null,
    });
  }
  x.close("persons");
  x.open("links");
  for (const link of event.links) {
    const href = httpUrl(link.url);
    if (href) x.leaf("link", link.title, { href });
  }
  x.close("links");
}

class XmlWriter {
  private readonly lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;
  private openedLast = false;

  open(name: string, attrs: Attrs = {}) {
    this.lines.push(`${"  ".repeat(this.depth++)}<${name}${attributes(attrs)}>`);
    this.openedLast = true;
  }

  close(name: string) {
    this.depth--;
    // An element with nothing inside is written self-closing.
    if (this.openedLast) this.lines.push(`${this.lines.pop()!.slice(0, -1)}/>`);
    else this.lines.push(`${"  ".repeat(this.depth)}</${name}>`);
    this.openedLast = false;
  }

  leaf(name: string, text: string, attrs: Attrs = {}) {
    const body = escapeXml(text, false);
    this.lines.push(`${"  ".repeat(this.depth)}<${name}${attributes(attrs)}${body ? `>${body}</${name}>` : "/>"}`);
    this.openedLast = false;
  }

  toString() {
    return `${this.lines.join("\n")}\n`;
  }
}

type Attrs = Record<string, string | null>;

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join("");
}

/**
 * Escapes text for XML 1.0 content or a double-quoted attribute. Characters XML
 * cannot carry are dropped; line ends become `\n` as any XML parser would make them.
 */
function escapeXml(value: string, inAttribute: boolean): string {
  const clean = value.replace(ILLEGAL_XML_CHARS, "").replace(/\r\n?/g, "\n");
  // In attributes, tabs and newlines are written as references so that attribute-value normalization keeps them.
  return clean.replace(inAttribute ? /[&<>"\t\n]/g : /[&<>]/g, (c) => ESCAPES[c]!);
}

function byStartThenGuid(a: ScheduleEvent, b: ScheduleEvent): number {
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (byStart !== 0) return byStart;
  // Code-unit order, not a locale's collation, so every machine writes the same bytes.
  const [guidA, guidB] = [a.guid ?? "", b.guid ?? ""];
  if (guidA !== guidB) return guidA < guidB ? -1 : 1;
  return (a.id ?? 0) - (b.id ?? 0);
}

/** The conference's dates, widened to every event's date so that no event is lost. */
function conferenceDates(startDate: string, endDate: string, eventDates: string[]): string[] {
  const known = [startDate, endDate, ...eventDates].filter(isLocalDate).sort();
  if (known.length === 0) throw new RangeError("The schedule has neither valid dates nor events");
  return datesBetween(known[0]!, known[known.length - 1]!);
}

/** Podium events always carry a unique positive id; others get the next free numbers, in start order. */
function assignIds(events: ScheduleEvent[]): Map<ScheduleEvent, number> {
  const ids = new Map<ScheduleEvent, number>();
  const used = new Set<number>();
  const pending: ScheduleEvent[] = [];
  for (const event of events) {
    if (event.id !== null && Number.isSafeInteger(event.id) && event.id > 0 && !used.has(event.id)) {
      used.add(event.id);
      ids.set(event, event.id);
    } else pending.push(event);
  }
  let next = [...used].reduce((max, id) => Math.max(max, id), 0) + 1;
  for (const event of pending) ids.set(event, next++);
  return ids;
}

/** A guid that is not a UUID, or repeats, is replaced by a v5 UUID derived from it, so it stays stable across exports. */
function assignGuids(
  events: ScheduleEvent[],
  ids: Map<ScheduleEvent, number>,
  acronym: string,
): Map<ScheduleEvent, string> {
  const guids = new Map<ScheduleEvent, string>();
  const used = new Set<string>();
  for (const event of events) {
    let guid = event.guid;
    if (!guid || !UUID.test(guid) || used.has(guid.toLowerCase())) {
      guid = uuidV5(`${acronym}/event/${ids.get(event)}/${event.guid ?? ""}`, PODIUM_GUID_NAMESPACE);
    }
    used.add(guid.toLowerCase());
    guids.set(event, guid);
  }
  return guids;
}

/**
 * The XSD wants `[a-z0-9_-]{4,}`. The acronym (or the title) is lowercased with
 * other characters turned into `-`; when fewer than four characters are left, the
 * conference's year is appended (`gdc` → `gdc-2025`), so the result is stable.
 */
export function xsdAcronym(acronym: string, firstDate: string): string {
  const cleaned = acronym
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cleaned.length >= 4 ? cleaned : `${cleaned || "podium"}-${firstDate.slice(0, 4)}`;
}

function dayBoundary(date: string, time: string, seconds: number, zone: string): string {
  return zonedDateTime(zonedToInstant(`${date}T${time}`, zone).getTime() + seconds * 1000, zone);
}

/** `2025-02-01T10:35:00+01:00`: the wall clock in the zone with the zone's offset at that instant. */
function zonedDateTime(epochMs: number, zone: string): string {
  const offset = offsetAt(epochMs, zone);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const wall = new Date(epochMs + offset).toISOString().slice(0, 19);
  return `${wall}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `HH:MM`; the XSD allows two hour digits, so a session is written as at most 99:59. */
function hoursMinutes(totalMinutes: number): string {
  const minutes = Math.min(Math.max(Math.round(totalMinutes), 0), 99 * 60 + 59);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function httpUrl(value: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  if (!/^https?:\/\//i.test(trimmed) || /[\s<>"]/.test(trimmed)) return null;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
