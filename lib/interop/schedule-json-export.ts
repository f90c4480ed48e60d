// Schedule JSON as frab and pretalx write it (the c3voc's schema.json): days, and
// in each day the events per room. Validates strictly against the schema and is
// deterministic — the same document gives the same bytes, `generatedAt` is never
// printed. What both JSON exports share (ids, guids, slugs, times) lives here too.

import { v5 as uuidV5 } from "uuid";
import { slugify } from "@/lib/slug";
import { datesBetween, instantToLocalDate, isLocalDate, offsetAt, zonedToInstant } from "@/lib/time/zoned";
import type { ExportOptions, ScheduleDocument, ScheduleEvent } from "./schedule-document";

/** The XML export's namespace and keys, so a document's derived guids agree across formats. */
const PODIUM_GUID_NAMESPACE = "4f9a3c52-8b1e-5d7a-9c2e-6a0b3f1d8e47";
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
/** The schemas' own patterns, copied as they are (the time zone's first branch has no `$`). */
const VOC_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;
const VOC_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
const VOC_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const isUuid = (value: string | null | undefined): value is string =>
  typeof value === "string" && UUID.test(value);

export const derivedGuid = (key: string): string => uuidV5(key, PODIUM_GUID_NAMESPACE);

export interface PreparedExport {
  zone: string;
  /** The conference's time zone when the schemas' pattern takes it. */
  timeZoneName: string | null;
  /** The acronym reshaped to the schemas' pattern. */
  acronym: string;
  dates: string[];
  /** Every event, cancelled ones included, by start then guid. */
  events: ScheduleEvent[];
  localDate: Map<ScheduleEvent, string>;
  ids: Map<ScheduleEvent, number>;
  guids: Map<ScheduleEvent, string>;
  slugs: Map<ScheduleEvent, string>;
  urls: Map<ScheduleEvent, string>;
  baseUrl: string;
  timeslotMinutes: number;
  rooms: Array<{ name: string; guid: string; slug: string | null }>;
  tracks: Array<{ name: string; slug: string; color: string | null }>;
}

export function prepareExport(document: ScheduleDocument, options: ExportOptions): PreparedExport {
  const { conference } = document;
  const baseUrl = httpUrl(options.baseUrl);
  // Both schemas require an absolute url on every event; Podium's own pages are the fallback.
  if (!baseUrl) throw new RangeError(`baseUrl must be an absolute http(s) URL: ${options.baseUrl}`);
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const zone = conference.timeZone ?? "UTC";
  const events = [...document.events].sort(byStartThenGuid);
  const localDate = new Map(events.map((e) => [e, instantToLocalDate(new Date(e.start), zone)]));
  const dates = conferenceDates(conference.startDate, conference.endDate, [...localDate.values()]);
  const ids = assignIds(events);
  const guids = assignGuids(events, ids, conference.acronym);
  const acronym = vocAcronym(conference.acronym || conference.title, dates[0]!);

  const takenSlugs = new Set<string>();
  const slugs = new Map<ScheduleEvent, string>();
  for (const event of events) {
    const own = vocSlug(event.slug ?? "");
    const generated = vocSlug(
      `${conference.acronym || acronym}-${ids.get(event)}-${wordsUpTo(slugify(event.titleEn ?? event.title), 48)}`,
    );
    slugs.set(
      event,
      uniqueSlug(own && !takenSlugs.has(own) ? own : (generated ?? `event-${ids.get(event)}`), takenSlugs),
    );
  }
  const urls = new Map(events.map((e) => [e, httpUrl(e.url) ?? new URL(`sessions/${guids.get(e)}`, base).href]));

  const roomSlugs = new Set<string>();
  const roomGuids = new Set<string>();
  const roomNames = unique([...document.rooms.map((r) => r.name), ...events.map((e) => e.room)]);
  const rooms = roomNames.map((name) => {
    const own = document.rooms.find((r) => r.name === name)?.guid;
    const guid = isUuid(own) && !roomGuids.has(own.toLowerCase()) ? own : derivedGuid(`${acronym}/room/${name}`);
    roomGuids.add(guid.toLowerCase());
    const slug = vocSlug(slugify(name));
    return { name, guid, slug: slug ? uniqueSlug(slug, roomSlugs) : null };
  });

  const trackSlugs = new Set<string>();
  const trackNames = unique([
    ...document.tracks.map((t) => t.name),
    ...events.flatMap((e) => (e.track ? [e.track] : [])),
  ]);
  const tracks = trackNames.map((name) => {
    const color = document.tracks.find((t) => t.name === name)?.color ?? null;
    // Chinese names slugify to nothing; a hash of the name keeps their slug stable across exports.
    const slug = vocSlug(slugify(name)) ?? `track-${derivedGuid(`track/${name}`).slice(0, 8)}`;
    return {
      name,
      slug: uniqueSlug(slug, trackSlugs),
      color: color && HEX_COLOR.test(color) ? color.toLowerCase() : null,
    };
  });

  // The largest of 5 and 1 minutes on which every start and duration falls: pretalx's and the XML export's 5 when it fits.
  let timeslotMinutes = 5;
  for (const event of events) {
    const [h, m] = zonedDateTime(Date.parse(event.start), zone).slice(11, 16).split(":").map(Number) as [
      number,
      number,
    ];
    timeslotMinutes = gcd(timeslotMinutes, gcd(h * 60 + m, event.durationMinutes));
  }
  const timeZoneName = conference.timeZone && VOC_TIME_ZONE.test(conference.timeZone) ? conference.timeZone : null;
  return {
    zone,
    timeZoneName,
    acronym,
    dates,
    events,
    localDate,
    ids,
    guids,
    slugs,
    urls,
    baseUrl,
    timeslotMinutes,
    rooms,
    tracks,
  };
}

export function exportScheduleJson(document: ScheduleDocument, options: ExportOptions): string {
  const p = prepareExport(document, options);
  const { conference } = document;
  // schema.json has no status: apps show every event it lists as happening, so cancelled
  // sessions are left out (schedule2's `state` carries them, as iCalendar does).
  const events = p.events.filter((e) => !e.cancelled);
  const groupNames = new Map(document.groups.map((g) => [g.slug, g.name]));
  const conferenceUrl = httpUrl(conference.url);

  const days = p.dates.map((date, i) => {
    // A room may be called anything, `__proto__` included: a prototype-less object takes it as a key.
    const rooms: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
    for (const room of p.rooms) rooms[room.name] = [];
    for (const event of events) {
      if (p.localDate.get(event) !== date) continue;
      const start = zonedDateTime(Date.parse(event.start), p.zone);
      rooms[event.room]!.push({
        id: p.ids.get(event),
        guid: p.guids.get(event),
        date: start,
        start: start.slice(11, 16),
        end: zonedDateTime(Date.parse(event.start) + event.durationMinutes * 60_000, p.zone),
        duration: hoursMinutes(event.durationMinutes),
        room: event.room,
        slug: p.slugs.get(event),
        url: p.urls.get(event),
        title: event.title,
        subtitle: event.subtitle,
        // As in the XML export: this format's one grouping carries the forum.
        track: (event.group ? groupNames.get(event.group) : undefined) ?? event.track,
        type: event.type,
        language: event.language || null,
        abstract: event.abstract,
        description: event.description,
        // `name` without `public_name`: exactly the schema's PretalxPerson, never both of its person shapes.
        persons: event.persons.map((person) => ({
          ...(isUuid(person.guid) ? { guid: person.guid } : {}),
          ...(person.id !== null && Number.isSafeInteger(person.id) ? { id: person.id } : {}),
          name: person.name,
        })),
        links: linksJson(event),
      });
    }
    return { index: i + 1, date, day_start: dayStart(date, p.zone), day_end: dayEnd(date, p.zone), rooms };
  });

  const json = {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "Podium", version: options.generatorVersion },
    schedule: {
      version: options.version,
      base_url: p.baseUrl,
      conference: {
        acronym: p.acronym,
        title: conference.title,
        ...(conference.subtitle ? { description: conference.subtitle } : {}),
        start: p.dates[0]!,
        end: p.dates[p.dates.length - 1]!,
        daysCount: p.dates.length,
        timeslot_duration: hoursMinutes(p.timeslotMinutes),
        ...(p.timeZoneName ? { time_zone_name: p.timeZoneName } : {}),
        ...(conferenceUrl ? { url: conferenceUrl } : {}),
        tracks: p.tracks.map((t) => ({ name: t.name, slug: t.slug, ...(t.color ? { color: t.color } : {}) })),
        rooms: p.rooms.map((r) => ({ name: r.name, ...(r.slug ? { slug: r.slug } : {}), guid: r.guid })),
        days,
      },
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function linksJson(event: ScheduleEvent): Array<{ url: string; title?: string }> {
  return event.links.flatMap((link) => {
    const url = httpUrl(link.url);
    return url ? [{ url, ...(link.title ? { title: link.title } : {}) }] : [];
  });
}

/**
 * An absolute http(s) URL in the shape JSON Schema's `uri` format accepts (RFC 3986):
 * what WHATWG leaves raw (`|`, `^`, `[`, a second `#`, a stray `%`) is percent-encoded;
 * credentials are dropped. Anything else — `javascript:`, relative, garbage — is null.
 */
export function httpUrl(value: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const encode = (part: string, allowed: RegExp) =>
    part
      .replace(/%(?![0-9A-Fa-f]{2})/g, "%25")
      .replace(allowed, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  const rest = encode(url.pathname + url.search, /[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%]/g);
  const hash = url.hash ? `#${encode(url.hash.slice(1), /[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%]/g)}` : "";
  return `${url.protocol}//${url.host}${rest}${hash}`;
}

/** `2025-02-01T10:35:00+01:00`: the wall clock in the zone with the zone's offset at that instant. */
export function zonedDateTime(epochMs: number, zone: string): string {
  const offset = offsetAt(epochMs, zone);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const wall = new Date(epochMs + offset).toISOString().slice(0, 19);
  return `${wall}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Days run from 00:00:00 to 23:59:59 local time, as in the XML export. */
export const dayStart = (date: string, zone: string) =>
  zonedDateTime(zonedToInstant(`${date}T00:00`, zone).getTime(), zone);
export const dayEnd = (date: string, zone: string) =>
  zonedDateTime(zonedToInstant(`${date}T23:59`, zone).getTime() + 59_000, zone);

/** `HH:MM`, hours unbounded (`26:00`), as the schema's Duration pattern allows. */
export function hoursMinutes(totalMinutes: number): string {
  return `${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`;
}

/** Text reshaped to the schemas' slug pattern, or null when nothing of it is left. */
export function vocSlug(text: string): string | null {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/[-_]+$/, "");
  return VOC_SLUG.test(slug) ? slug : null;
}

export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * The schemas' acronym pattern allows no hyphen except in `-2025-word`, so `china-netav-2017`
 * becomes `china_netav_2017`; fewer than four characters get the first day's year (`rc3` → `rc3_2020`).
 */
export function vocAcronym(acronym: string, firstDate: string): string {
  if (VOC_ACRONYM.test(acronym)) return acronym;
  const cleaned = acronym
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const padded = cleaned.length >= 4 ? cleaned : `${cleaned || "podium"}_${firstDate.slice(0, 4)}`;
  return VOC_ACRONYM.test(padded) ? padded : "podium";
}

function byStartThenGuid(a: ScheduleEvent, b: ScheduleEvent): number {
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (byStart !== 0) return byStart;
  const byGuid = (a.guid ?? "").localeCompare(b.guid ?? "", "en");
  return byGuid !== 0 ? byGuid : (a.id ?? 0) - (b.id ?? 0);
}

/** The conference's dates, widened to every event's date so that no event is lost. */
function conferenceDates(startDate: string, endDate: string, eventDates: string[]): string[] {
  const known = [startDate, endDate, ...eventDates].filter(isLocalDate).sort();
  if (known.length === 0) throw new RangeError("The schedule has neither valid dates nor events");
  return datesBetween(known[0]!, known[known.length - 1]!);
}

/** Podium events carry a unique positive id; others get the next free numbers, in start order. */
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
    if (!isUuid(guid) || used.has(guid.toLowerCase()))
      guid = derivedGuid(`${acronym}/event/${ids.get(event)}/${event.guid ?? ""}`);
    used.add(guid.toLowerCase());
    guids.set(event, guid);
  }
  return guids;
}

/** A slug cut to at most `max` characters at a hyphen, not in the middle of a word. */
const wordsUpTo = (slug: string, max: number) =>
  slug.length <= max ? slug : slug.slice(0, slug.lastIndexOf("-", max)) || slug.slice(0, max);
const unique = (values: string[]) => values.filter((v, i) => values.indexOf(v) === i);
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const pad = (n: number) => String(n).padStart(2, "0");
