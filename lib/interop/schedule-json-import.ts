// Reads schedule JSON into a ScheduleDocument: schema.json as frab and pretalx write it
// (days → rooms → events) and the schema2 draft (flat events, participants with roles,
// rooms under groupings, localizable strings), told apart by shape. Tolerant of what
// real files add or leave out — reported in `ignored` — and strict where taking the file
// would lose or invent data: ScheduleFormatError naming the JSON path.

import type { SessionRole } from "@/lib/domain/vocabulary";
import { slugify } from "@/lib/slug";
import { instantToLocalDate, isLocalDate, isTimeZone, zonedToInstant } from "@/lib/time/zoned";
import {
  ScheduleFormatError,
  type IgnoredItem,
  type ParsedSchedule,
  type ScheduleEvent,
  type ScheduleGroup,
  type SchedulePerson,
  type ScheduleRoom,
  type ScheduleTrack,
} from "./schedule-document";

type Json = Record<string, unknown>;

const roles: Record<string, SessionRole> = { SPEAKER: "speaker", MODERATOR: "moderator", CONTRIBUTOR: "panelist", GUEST: "panelist", HOST: "host" };
/** States in which an event does not happen as scheduled. */
const cancelledStates = new Set(["CANCELED", "CANCELLED", "WITHDRAWN", "DELETED", "REJECTED"]);
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Members read (or implied by the structure) per kind of object; any other with a value is reported. */
const known: Record<string, Set<string>> = {
  document: new Set(["$schema", "schedule", "generator"]),
  schedule: new Set(["version", "base_url", "conference", "events", "podium"]),
  conference: new Set(["acronym", "title", "description", "start", "end", "daysCount", "timeslot_duration", "time_zone_name", "url", "languages", "rooms", "tracks", "days"]),
  day: new Set(["index", "date", "day_start", "day_end", "start", "end", "rooms"]),
  room: new Set(["name", "slug", "guid", "parent", "assembly"]),
  track: new Set(["name", "slug", "color", "colors"]),
  event: new Set(["id", "guid", "date", "start", "end", "duration", "room", "slug", "url", "title", "subtitle", "track", "type", "language", "abstract", "description", "persons", "participants", "links", "state"]),
  person: new Set(["name", "public_name", "guid", "id", "role"]),
  link: new Set(["url", "title"]),
};

class IgnoredLog {
  private readonly items = new Map<string, IgnoredItem>();
  add(what: string, where: string) {
    const item = this.items.get(what);
    if (item) item.count += 1;
    else this.items.set(what, { what, where, count: 1 });
  }
  /** Reports the members of `object` this import does not take, unless they are empty. */
  extras(object: Json, kind: string, where: string) {
    for (const [key, value] of Object.entries(object)) if (!known[kind]!.has(key) && !isEmpty(value)) this.add(`${kind} field "${key}"`, where);
  }
  list = () => [...this.items.values()];
}

interface Context {
  log: IgnoredLog;
  zone: string | null;
  rooms: ScheduleRoom[];
  tracks: ScheduleTrack[];
  groups: Map<string, Omit<ScheduleGroup, "date">>;
  /** Room entries by guid and by name (the first of a name), each with the group it sits in. */
  roomEntries: Map<string, { name: string; group: string | null }>;
  localTitles: Json;
}

export function parseScheduleJson(source: string): ParsedSchedule {
  const root = parseJson(source);
  if (!isObject(root)) throw new ScheduleFormatError("The file is not a schedule: expected a JSON object", "document");
  const schedule = root.schedule;
  if (!isObject(schedule)) throw new ScheduleFormatError("The file is not a schedule: no `schedule` object", "schedule");
  const conference = schedule.conference;
  if (!isObject(conference)) throw new ScheduleFormatError("The schedule has no `conference` object", "schedule.conference");

  const log = new IgnoredLog();
  log.extras(root, "document", "document");
  log.extras(schedule, "schedule", "schedule");
  log.extras(conference, "conference", "schedule.conference");
  const zoneName = typeof conference.time_zone_name === "string" ? conference.time_zone_name : "";
  if (zoneName && !isTimeZone(zoneName)) log.add(`unknown time zone "${zoneName}"`, "schedule.conference.time_zone_name");
  const podium = isObject(schedule.podium) ? schedule.podium : {};
  const ctx: Context = {
    log,
    zone: isTimeZone(zoneName) ? zoneName : null,
    rooms: [],
    tracks: [],
    groups: new Map(),
    roomEntries: new Map(),
    localTitles: isObject(podium.localized_titles) ? podium.localized_titles : {},
  };
  readRooms(conference.rooms, ctx, isObject(podium.localized_grouping_names) ? podium.localized_grouping_names : {});
  const trackSlugs = readTracks(conference.tracks, ctx);

  const events: Array<{ event: ScheduleEvent; date: string }> = [];
  if (Array.isArray(schedule.events)) {
    schedule.events.forEach((raw, i) => {
      const path = `schedule.events[${i}]`;
      if (!isObject(raw)) throw new ScheduleFormatError("An event must be an object", path);
      const meta = raw.type === "BREAK" || raw.type === "META";
      if (meta && raw.room == null) return log.add("meta event without a room", path);
      const start = readStart(raw.start, ctx.zone);
      if (!start) throw new ScheduleFormatError("The event has no readable start", `${path}.start`);
      const { room, group } = roomOfReference(raw.room, ctx, `${path}.room`);
      events.push(readEvent(raw, path, ctx, start, room, group, trackOfReference(raw.track, trackSlugs, ctx)));
    });
  } else if (Array.isArray(conference.days)) {
    conference.days.forEach((day, d) => {
      const dayPath = `schedule.conference.days[${d}]`;
      if (!isObject(day)) throw new ScheduleFormatError("A day must be an object", dayPath);
      log.extras(day, "day", dayPath);
      if (day.rooms == null) return;
      if (!isObject(day.rooms)) throw new ScheduleFormatError("A day's rooms must map room names to events", `${dayPath}.rooms`);
      for (const [key, list] of Object.entries(day.rooms)) {
        const roomPath = `${dayPath}.rooms[${JSON.stringify(key)}]`;
        if (!Array.isArray(list)) throw new ScheduleFormatError("A room's events must be a list", roomPath);
        if (key.trim()) addRoom(ctx, key, null, roomPath);
        list.forEach((raw, i) => {
          const path = `${roomPath}[${i}]`;
          if (!isObject(raw)) throw new ScheduleFormatError("An event must be an object", path);
          const start = readStart(raw.date, ctx.zone) ?? startFromClock(raw.start, day, ctx.zone);
          if (!start) throw new ScheduleFormatError("The event has no readable start", `${path}.date`);
          const { room, group } = isObject(raw.room) ? roomOfReference(raw.room, ctx, `${path}.room`) : roomOfName(text(raw.room).trim() || key.trim(), ctx, `${path}.room`);
          events.push(readEvent(raw, path, ctx, start, room, group, trackOfReference(raw.track, trackSlugs, ctx)));
        });
      }
    });
  } else {
    throw new ScheduleFormatError("Neither `schedule.events` (schedule2) nor `schedule.conference.days` (schedule.json)", "schedule");
  }

  // The programme's days, widened to every event's local date (frab lists the night after the last day under it).
  const dayDates = (Array.isArray(conference.days) ? conference.days : []).map((d) => (isObject(d) ? text(d.date) : "")).filter(isLocalDate);
  const eventDates = events.map((e) => e.date);
  const startDates = [...(dayDates.length ? dayDates : [localDateOf(conference.start, ctx.zone) ?? ""]), ...eventDates].filter(isLocalDate).sort();
  const endDates = [...(dayDates.length ? dayDates : [localDateOf(conference.end, ctx.zone) ?? ""]), ...eventDates].filter(isLocalDate).sort();
  const startDate = startDates[0] ?? "";
  const endDate = endDates[endDates.length - 1] ?? "";
  const groups = [...ctx.groups.values()].map((g) => {
    const first = events.filter((e) => e.event.group === g.slug).sort((a, b) => a.event.start.localeCompare(b.event.start))[0];
    return { ...g, date: first?.date ?? startDate };
  });
  const title = localizable(conference.title, "conference", "schedule.conference.title", log).text;
  return {
    document: {
      conference: {
        acronym: (text(conference.acronym).trim() || slugify(title)).toLowerCase(),
        title,
        subtitle: localizable(conference.description, "conference", "schedule.conference.description", log).text,
        venue: "",
        city: "",
        startDate,
        endDate,
        timeZone: ctx.zone,
        url: absoluteHttp(conference.url),
        languages: Array.isArray(conference.languages) ? conference.languages.filter((l): l is string => typeof l === "string") : [],
      },
      rooms: ctx.rooms,
      tracks: ctx.tracks,
      groups,
      events: events.map((e) => e.event),
    },
    ignored: log.list(),
  };
}

function readEvent(raw: Json, path: string, ctx: Context, start: Instant, room: string, group: string | null, track: string | null) {
  const { log } = ctx;
  log.extras(raw, "event", path);
  const guid = typeof raw.guid === "string" && raw.guid.trim() ? raw.guid.trim() : typeof raw.guid === "number" ? String(raw.guid) : null;
  // The title field keeps its word; a Podium export's `localized_titles` adds the translation it has no room for.
  const own = localizable(raw.title, "event", `${path}.title`, log);
  const extra = guid && Object.hasOwn(ctx.localTitles, guid) ? localizable(ctx.localTitles[guid], "event", `schedule.podium.localized_titles`, log) : null;
  const titles = { text: own.text.trim() ? own.text : (extra?.text ?? ""), en: own.en ?? extra?.en ?? null };
  if (!titles.text.trim()) throw new ScheduleFormatError("The event has no title", `${path}.title`);
  const abstract = localizable(raw.abstract, "event", `${path}.abstract`, log);
  const url = absoluteHttp(raw.url);
  if (url === null && !isEmpty(raw.url)) log.add("event url that is not absolute http(s)", `${path}.url`);
  const event: ScheduleEvent = {
    guid,
    id: readId(raw.id, `${path}.id`, log),
    start: new Date(start.ms).toISOString(),
    durationMinutes: readDuration(raw, start.ms, path, ctx.zone),
    room,
    title: titles.text,
    titleEn: titles.en,
    subtitle: text(raw.subtitle),
    track,
    group,
    type: text(raw.type),
    language: text(raw.language),
    abstract: abstract.text,
    abstractEn: abstract.en,
    description: localizable(raw.description, "event", `${path}.description`, log).text,
    slug: typeof raw.slug === "string" && raw.slug ? raw.slug : null,
    url,
    cancelled: typeof raw.state === "string" && cancelledStates.has(raw.state.toUpperCase()),
    persons: readPersons(raw.persons ?? raw.participants, `${path}.${raw.persons != null ? "persons" : "participants"}`, log),
    links: readLinks(raw.links, `${path}.links`, log),
  };
  return { event, date: start.localDate };
}

function readPersons(value: unknown, path: string, log: IgnoredLog): SchedulePerson[] {
  return (Array.isArray(value) ? value : []).flatMap((raw, i): SchedulePerson[] => {
    const where = `${path}[${i}]`;
    if (!isObject(raw)) {
      log.add("person that is not an object", where);
      return [];
    }
    log.extras(raw, "person", where);
    const name = (text(raw.name) || text(raw.public_name)).trim();
    if (!name) {
      log.add("person without a name", where);
      return [];
    }
    const guid = typeof raw.guid === "string" && UUID.test(raw.guid) ? raw.guid : null;
    if (!guid && !isEmpty(raw.guid)) log.add("person guid that is not a UUID", where);
    let role: SessionRole | null = null;
    if (typeof raw.role === "string" && raw.role) {
      role = roles[raw.role.toUpperCase()] ?? null;
      if (!role) log.add(`participant role "${raw.role}"`, where);
    }
    return [{ name, guid, id: readId(raw.id, `${where}.id`, log), role }];
  });
}

function readLinks(value: unknown, path: string, log: IgnoredLog): Array<{ url: string; title: string }> {
  return (Array.isArray(value) ? value : []).flatMap((raw, i) => {
    const where = `${path}[${i}]`;
    const link: Json = isObject(raw) ? raw : { url: raw };
    log.extras(link, "link", where);
    const url = absoluteHttp(link.url);
    if (!url) {
      log.add("link that is not absolute http(s)", where);
      return [];
    }
    return [{ url, title: text(link.title) }];
  });
}

function readRooms(value: unknown, ctx: Context, groupingNames: Json) {
  const list = Array.isArray(value) ? value : [];
  const roomGuids = new Set(list.flatMap((r) => (isObject(r) && typeof r.guid === "string" ? [r.guid.toLowerCase()] : [])));
  list.forEach((raw, i) => {
    const where = `schedule.conference.rooms[${i}]`;
    if (!isObject(raw) || !text(raw.name).trim()) return ctx.log.add("room without a name", where);
    ctx.log.extras(raw, "room", where);
    const name = text(raw.name).trim();
    const guid = addRoom(ctx, name, raw.guid, where);
    // schedule2 nests a room in a grouping (or in another room, which Podium has no word for); schema.json has assemblies.
    const parent = isObject(raw.parent) ? raw.parent : isObject(raw.assembly) ? raw.assembly : null;
    let group: string | null = null;
    if (parent && typeof parent.guid === "string" && roomGuids.has(parent.guid.toLowerCase())) ctx.log.add("room inside another room", where);
    else if (parent) {
      const names = localizable(parent.name, "grouping", `${where}.parent.name`, ctx.log);
      const slug = text(parent.slug).trim() || slugify(names.text) || text(parent.guid).trim();
      const translated = localizable(Object.hasOwn(groupingNames, slug) ? groupingNames[slug] : null, "grouping", `schedule.podium.localized_grouping_names`, ctx.log);
      if (slug && !ctx.groups.has(slug)) {
        const name = names.text || translated.text || slug;
        ctx.groups.set(slug, { slug, name, nameEn: translated.en ?? names.en });
      }
      group = slug || null;
    }
    const entry = { name, group };
    if (guid) ctx.roomEntries.set(guid.toLowerCase(), entry);
    if (!ctx.roomEntries.has(`name:${name}`)) ctx.roomEntries.set(`name:${name}`, entry);
  });
}

/** Adds a room once per name, its guid when a UUID not already taken; returns the guid it stands under. */
function addRoom(ctx: Context, name: string, rawGuid: unknown, where: string): string | null {
  let guid = typeof rawGuid === "string" && UUID.test(rawGuid) ? rawGuid : null;
  if (!guid && !isEmpty(rawGuid)) ctx.log.add("room guid that is not a UUID", where);
  const existing = ctx.rooms.find((r) => r.name === name);
  if (existing) return guid;
  if (guid && ctx.rooms.some((r) => r.guid?.toLowerCase() === guid!.toLowerCase())) {
    ctx.log.add("room guid used by another room", where);
    guid = null;
  }
  ctx.rooms.push({ name, guid });
  return guid;
}

function roomOfName(name: string, ctx: Context, where: string) {
  if (!name) throw new ScheduleFormatError("The event has no room", where);
  addRoom(ctx, name, null, where);
  return { room: name, group: ctx.roomEntries.get(`name:${name}`)?.group ?? null };
}

function roomOfReference(ref: unknown, ctx: Context, where: string) {
  if (typeof ref === "string") return roomOfName(ref.trim(), ctx, where);
  if (!isObject(ref)) throw new ScheduleFormatError("The event has no room", where);
  const entry = typeof ref.guid === "string" ? ctx.roomEntries.get(ref.guid.toLowerCase()) : undefined;
  if (entry) return { room: entry.name, group: entry.group };
  const name = text(ref.name).trim();
  if (!name) throw new ScheduleFormatError("The event's room is neither in the conference's rooms nor named", where);
  addRoom(ctx, name, ref.guid, where);
  return roomOfName(name, ctx, where);
}

function readTracks(value: unknown, ctx: Context): Map<string, string | null> {
  const bySlug = new Map<string, string | null>();
  (Array.isArray(value) ? value : []).forEach((raw, i) => {
    const where = `schedule.conference.tracks[${i}]`;
    if (!isObject(raw)) return ctx.log.add("track that is not an object", where);
    ctx.log.extras(raw, "track", where);
    const name = text(raw.name).trim();
    const colors = isObject(raw.colors) ? raw.colors : {};
    const color = [raw.color, colors.light, colors.dark].find((c): c is string => typeof c === "string" && /^#[0-9a-fA-F]{6}$/.test(c));
    // A track without a name is the "no track" of a schedule2 export.
    if (typeof raw.slug === "string") bySlug.set(raw.slug, name || null);
    if (name && !ctx.tracks.some((t) => t.name === name)) ctx.tracks.push({ name, color: color?.toLowerCase() ?? null });
  });
  return bySlug;
}

function trackOfReference(ref: unknown, bySlug: Map<string, string | null>, ctx: Context): string | null {
  const name = isObject(ref) ? (bySlug.has(text(ref.slug)) ? bySlug.get(text(ref.slug))! : text(ref.name) || text(ref.slug)) : text(ref);
  const trimmed = name?.trim() ?? "";
  if (!trimmed) return null;
  if (!ctx.tracks.some((t) => t.name === trimmed)) ctx.tracks.push({ name: trimmed, color: null });
  return trimmed;
}

interface Instant {
  ms: number;
  /** The local date of the start as the file writes it, or in the conference's zone. */
  localDate: string;
}

function readStart(value: unknown, zone: string | null): Instant | null {
  const m = typeof value === "string" ? DATE_TIME.exec(value.trim()) : null;
  if (!m || !isLocalDate(m[1]!)) return null;
  let ms: number;
  if (m[6]) ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}${m[5] ?? ""}${m[6] === "Z" ? "Z" : m[6].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")}`);
  else if (zone) ms = zonedToInstant(`${m[1]}T${m[2]}:${m[3]}`, zone).getTime() + Number(`${m[4] ?? "0"}${m[5] ?? ""}`) * 1000;
  else return null;
  if (Number.isNaN(ms)) return null;
  return { ms, localDate: zone ? instantToLocalDate(new Date(ms), zone) : m[1]! };
}

/** frab's older `start: "HH:MM"` on the day's date; a clock before the day's start belongs to the night after. */
function startFromClock(clock: unknown, day: Json, zone: string | null): Instant | null {
  const time = typeof clock === "string" ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(clock.trim()) : null;
  const date = text(day.date);
  if (!time || !isLocalDate(date)) return null;
  const hhmm = `${time[1]!.padStart(2, "0")}:${time[2]}`;
  const dayStart = DATE_TIME.exec(text(day.day_start));
  const nextDay = dayStart && hhmm < `${dayStart[2]}:${dayStart[3]}` ? new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : date;
  return readStart(`${nextDay}T${hhmm}${zone ? "" : (dayStart?.[6] ?? "")}`, zone);
}

/** `duration` as `HH:MM`, `H:MM`, `HH:MM:SS` or ISO 8601 (`PT1H30M`), else `end` − start; whole minutes above zero. */
function readDuration(raw: Json, startMs: number, path: string, zone: string | null): number {
  let minutes: number;
  if (raw.duration != null) {
    const value = typeof raw.duration === "string" ? raw.duration.trim() : "";
    const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
    const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
    if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
    else if (iso && value !== "P" && !value.endsWith("T")) minutes = Number(iso[1] ?? 0) * 1440 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0) + Number(iso[4] ?? 0) / 60;
    else throw new ScheduleFormatError(`Unreadable duration ${JSON.stringify(raw.duration)}: expected HH:MM`, `${path}.duration`);
  } else {
    const end = readStart(raw.end, zone);
    if (!end) throw new ScheduleFormatError("The event has neither a duration nor a readable end", `${path}.duration`);
    minutes = (end.ms - startMs) / 60_000;
  }
  if (!(minutes > 0) || !Number.isInteger(minutes)) {
    throw new ScheduleFormatError(`The event's duration must be whole minutes above zero, not ${minutes} minutes`, `${path}.${raw.duration != null ? "duration" : "end"}`);
  }
  return minutes;
}

function readId(value: unknown, where: string, log: IgnoredLog): number | null {
  const id = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isSafeInteger(id) && id > 0) return id;
  if (!isEmpty(value)) log.add("id that is not a positive integer", where);
  return null;
}

/**
 * A LocalizableString: plain text, or an object by language. The Chinese (else the first
 * non-English) text is the text; English is `en` when there is another; others are reported.
 */
function localizable(value: unknown, kind: string, where: string, log: IgnoredLog): { text: string; en: string | null } {
  if (!isObject(value)) return { text: text(value), en: null };
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string");
  const en = entries.find(([lang]) => /^en(-|$)/i.test(lang));
  const primary = entries.find(([lang]) => /^zh(-|$)/i.test(lang)) ?? entries.find((e) => e !== en);
  for (const [lang] of entries) if (lang !== en?.[0] && lang !== primary?.[0]) log.add(`${kind} text in language "${lang}"`, where);
  return primary ? { text: primary[1], en: en ? en[1] : null } : { text: en?.[1] ?? "", en: null };
}

function localDateOf(value: unknown, zone: string | null): string | undefined {
  const date = text(value).slice(0, 10);
  const start = readStart(value, zone);
  return start ? start.localDate : isLocalDate(date) ? date : undefined;
}

function absoluteHttp(value: unknown): string | null {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}

/** JSON.parse, with the line and column of the first syntax error, which V8's messages do not always give. */
function parseJson(source: string): unknown {
  const textWithoutBom = source.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(textWithoutBom);
  } catch (error) {
    const offset = syntaxErrorOffset(textWithoutBom);
    const before = textWithoutBom.slice(0, Math.max(offset, 0)).split("\n");
    const where = offset < 0 ? "document" : `line ${before.length}, column ${before[before.length - 1]!.length + 1} (position ${offset})`;
    throw new ScheduleFormatError(`Malformed JSON: ${(error as Error).message}`, where);
  }
}

function syntaxErrorOffset(source: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < source.length && " \t\n\r".includes(source[i]!)) i++;
  };
  const string = () => {
    for (i++; i < source.length; i++) {
      const c = source[i]!;
      if (c === '"') return void i++;
      if (c < " ") fail();
      if (c === "\\") {
        if (!/^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(source.slice(i, i + 6))) fail();
        i += source[i + 1] === "u" ? 5 : 1;
      }
    }
    fail();
  };
  const value = (): void => {
    space();
    const open = source[i];
    if (open === "{" || open === "[") {
      const close = open === "{" ? "}" : "]";
      i++;
      space();
      if (source[i] === close) return void i++;
      for (;;) {
        if (open === "{") {
          space();
          if (source[i] !== '"') fail();
          string();
          space();
          if (source[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (source[i] === ",") i++;
        else if (source[i] === close) return void i++;
        else fail();
      }
    }
    if (open === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(source.slice(i, i + 512));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    return i < source.length ? i : -1;
  } catch (at) {
    return typeof at === "number" ? at : -1;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value == null || value === "" || value === false || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
