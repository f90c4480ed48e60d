// The one preparation every schedule export starts from (XML, JSON, schedule2 JSON):
// the conference's dates and zone, the order of events, their ids, guids, slugs and
// addresses, people's ids, and the rooms and tracks — decided once, so an event, a room
// or a person has the same identity in every format. Each exporter only writes.

import type { SessionRole } from "@/lib/domain/vocabulary";
import { slugify } from "@/lib/slug";
import { datesBetween, instantToLocalDate, isLocalDate, isTimeZone } from "@/lib/time/zoned";
import { httpUrl, uniqueSlug, vocAcronym, vocSlug, zonedDateTime } from "./export-format";
import { exportGuid, isUuid } from "./guids";
import { personIds } from "./person-ids";
import type { ExportOptions, ScheduleDocument, ScheduleEvent } from "./schedule-document";

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export interface PreparedPerson {
  name: string;
  /** The file's own id, else one derived from the person's guid: clients key people by it. */
  id: number;
  /** The person's own UUID, or null. */
  guid: string | null;
  /** The own UUID, else one derived from the id or the name (schedule2 needs one for everyone). */
  participantGuid: string;
  role: SessionRole | null;
}

export interface PreparedEvent {
  source: ScheduleEvent;
  id: number;
  guid: string;
  /** In the JSON schemas' pattern: the event's own slug, else one made from acronym, id and title. */
  slug: string;
  /** The event's own http(s) page, else its page under the base URL. */
  url: string;
  localDate: string;
  /** Start and end with the zone's offset, `2025-02-01T10:35:00+01:00`. */
  start: string;
  end: string;
  /** What formats with one grouping carry: the forum, else the session's own track. */
  grouping: string | null;
  persons: PreparedPerson[];
  /** Only http(s) links, their addresses as `httpUrl` writes them. */
  links: Array<{ url: string; title: string }>;
}

export interface PreparedExport {
  document: ScheduleDocument;
  /** The conference's IANA zone when it has a valid one, else null (times are then written in UTC). */
  namedZone: string | null;
  zone: string;
  /** The base URL as given (checked), and with a trailing slash to resolve against. */
  baseUrl: string;
  base: string;
  conferenceUrl: string | null;
  /** The acronym in the JSON schemas' pattern; derived guids use it, so a re-import keeps them. */
  acronym: string;
  /** Every local date from the conference's first to its last, widened to every event. */
  dates: string[];
  /** Every event, cancelled ones included (each format decides), by start, then guid, then id. */
  events: PreparedEvent[];
  rooms: Array<{ name: string; guid: string; ownGuid: boolean; slug: string | null }>;
  tracks: Array<{ name: string; slug: string; color: string | null }>;
  /** The largest of 5 and 1 minutes on which every start and duration falls. */
  timeslotMinutes: number;
}

export function prepareExport(document: ScheduleDocument, options: ExportOptions): PreparedExport {
  const { conference } = document;
  const baseUrl = httpUrl(options.baseUrl);
  // Every event needs an absolute url in the JSON schemas; Podium's own pages are the fallback.
  if (!baseUrl) throw new RangeError(`baseUrl must be an absolute http(s) URL: ${options.baseUrl}`);
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const namedZone = conference.timeZone && isTimeZone(conference.timeZone) ? conference.timeZone : null;
  const zone = namedZone ?? "UTC";
  const sources = [...document.events].sort(byStartThenGuid);
  const localDates = sources.map((e) => instantToLocalDate(new Date(e.start), zone));
  const dates = conferenceDates(conference.startDate, conference.endDate, localDates);
  const acronym = vocAcronym(conference.acronym || conference.title, dates[0]!);
  const ids = assignIds(sources);
  const guids = assignGuids(sources, ids, conference.acronym);
  const people = preparePeople(sources, acronym);
  const groupNames = new Map(document.groups.map((g) => [g.slug, g.name]));
  const takenSlugs = new Set<string>();

  const events = sources.map((source, i): PreparedEvent => {
    const id = ids[i]!;
    const guid = guids[i]!;
    const own = vocSlug(source.slug ?? "");
    const made = vocSlug(
      `${conference.acronym || acronym}-${id}-${wordsUpTo(slugify(source.titleEn ?? source.title), 48)}`,
    );
    const startMs = Date.parse(source.start);
    return {
      source,
      id,
      guid,
      slug: uniqueSlug(own && !takenSlugs.has(own) ? own : (made ?? `event-${id}`), takenSlugs),
      url: httpUrl(source.url) ?? new URL(`sessions/${guid}`, base).href,
      localDate: localDates[i]!,
      start: zonedDateTime(startMs, zone),
      end: zonedDateTime(startMs + source.durationMinutes * 60_000, zone),
      grouping: (source.group ? groupNames.get(source.group) : undefined) ?? source.track,
      persons: people[i]!,
      links: source.links.flatMap((link) => {
        const url = httpUrl(link.url);
        return url ? [{ url, title: link.title }] : [];
      }),
    };
  });

  return {
    document,
    namedZone,
    zone,
    baseUrl,
    base,
    conferenceUrl: httpUrl(conference.url),
    acronym,
    dates,
    events,
    rooms: prepareRooms(document, acronym),
    tracks: prepareTracks(document),
    timeslotMinutes: events.reduce((slot, e) => {
      const [h, m] = e.start.slice(11, 16).split(":").map(Number) as [number, number];
      return gcd(slot, gcd(h * 60 + m, e.source.durationMinutes));
    }, 5),
  };
}

/** Code-unit order, not a locale's collation, so every machine writes the same bytes. */
export function byStartThenGuid(a: ScheduleEvent, b: ScheduleEvent): number {
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (byStart !== 0) return byStart;
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

/** An event keeps its unique positive id; others get the next free numbers, in start order. */
function assignIds(events: ScheduleEvent[]): number[] {
  const used = new Set<number>();
  const own = events.map((e) => {
    const keep = e.id !== null && Number.isSafeInteger(e.id) && e.id > 0 && !used.has(e.id);
    if (keep) used.add(e.id!);
    return keep ? e.id! : null;
  });
  let next = [...used].reduce((max, id) => Math.max(max, id), 0) + 1;
  return own.map((id) => id ?? next++);
}

/** A guid that is not a UUID, or repeats, is replaced by one derived from it, so it stays stable across exports. */
function assignGuids(events: ScheduleEvent[], ids: number[], acronym: string): string[] {
  const used = new Set<string>();
  return events.map((event, i) => {
    const own = event.guid;
    const guid =
      isUuid(own) && !used.has(own.toLowerCase()) ? own : exportGuid(`${acronym}/event/${ids[i]}/${own ?? ""}`);
    used.add(guid.toLowerCase());
    return guid;
  });
}

/** People keep the id their file gave them; the others get one derived from their guid, clear of those. */
function preparePeople(events: ScheduleEvent[], acronym: string): PreparedPerson[][] {
  const participantGuid = (p: ScheduleEvent["persons"][number]) =>
    isUuid(p.guid)
      ? p.guid
      : exportGuid(`${acronym}/person/${p.id !== null ? `id:${p.id}` : `name:${p.name.trim().toLowerCase()}`}`);
  const hasOwnId = (id: number | null): id is number => id !== null && Number.isSafeInteger(id);
  const persons = events.flatMap((e) => e.persons);
  const derived = personIds(
    persons.filter((p) => !hasOwnId(p.id)).map(participantGuid),
    new Set(persons.flatMap((p) => (hasOwnId(p.id) ? [p.id] : []))),
  );
  return events.map((e) =>
    e.persons.map((p) => {
      const guid = participantGuid(p);
      return {
        name: p.name,
        id: hasOwnId(p.id) ? p.id : derived.get(guid.toLowerCase())!,
        guid: isUuid(p.guid) ? p.guid : null,
        participantGuid: guid,
        role: p.role,
      };
    }),
  );
}

/** Rooms in order of appearance; a room without a UUID of its own (or with one another room has) gets a derived one. */
function prepareRooms(document: ScheduleDocument, acronym: string): PreparedExport["rooms"] {
  const slugs = new Set<string>();
  const guids = new Set<string>();
  const names = unique([...document.rooms.map((r) => r.name), ...document.events.map((e) => e.room)]);
  return names.map((name) => {
    const own = document.rooms.find((r) => r.name === name)?.guid;
    const ownGuid = isUuid(own) && !guids.has(own.toLowerCase());
    const guid = ownGuid ? own! : exportGuid(`${acronym}/room/${name}`);
    guids.add(guid.toLowerCase());
    const slug = vocSlug(slugify(name));
    return { name, guid, ownGuid, slug: slug ? uniqueSlug(slug, slugs) : null };
  });
}

/** The conference's tracks, then any an event names that the list lacks. */
function prepareTracks(document: ScheduleDocument): PreparedExport["tracks"] {
  const slugs = new Set<string>();
  const names = unique([...document.tracks.map((t) => t.name), ...document.events.flatMap((e) => e.track ?? [])]);
  return names.map((name) => {
    const color = document.tracks.find((t) => t.name === name)?.color ?? null;
    // Chinese names slugify to nothing; a hash of the name keeps their slug stable across exports.
    const slug = vocSlug(slugify(name)) ?? `track-${exportGuid(`track/${name}`).slice(0, 8)}`;
    return {
      name,
      slug: uniqueSlug(slug, slugs),
      color: color && HEX_COLOR.test(color) ? color.toLowerCase() : null,
    };
  });
}

/** A slug cut to at most `max` characters at a hyphen, not in the middle of a word. */
const wordsUpTo = (slug: string, max: number) =>
  slug.length <= max ? slug : slug.slice(0, slug.lastIndexOf("-", max)) || slug.slice(0, max);
const unique = (values: string[]) => [...new Set(values)];
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
