// What the schedule JSON import keeps while it reads: the log, the zone reader,
// rooms (with the groupings they sit in) and tracks, and localizable strings.

import { slugify } from "@/lib/slug";
import { frabEventFields } from "./frab-fields";
import { isUuid } from "./guids";
import { ImportLog } from "./import-log";
import { atPath } from "./import-report";
import { isEmpty, isObject, text, type Json } from "./json-read";
import { ScheduleFormatError, type ScheduleGroup, type ScheduleRoom, type ScheduleTrack } from "./schedule-document";
import type { ZoneReader } from "./zone-reader";

/** Members read (or implied by the structure) per kind of object; any other with a value is reported. */
const known: Record<string, Set<string>> = {
  document: new Set(["$schema", "schedule", "generator"]),
  schedule: new Set(["version", "base_url", "conference", "events", "podium"]),
  conference: new Set([
    "acronym",
    "title",
    "description",
    "start",
    "end",
    "daysCount",
    "timeslot_duration",
    "time_zone_name",
    "url",
    "languages",
    "rooms",
    "tracks",
    "days",
  ]),
  day: new Set(["index", "date", "day_start", "day_end", "start", "end", "rooms"]),
  room: new Set(["name", "slug", "guid", "parent", "assembly"]),
  track: new Set(["name", "slug", "color", "colors"]),
  event: new Set(["id", "guid", ...frabEventFields, "end", "participants", "state"]),
  person: new Set(["name", "public_name", "guid", "id", "role"]),
  link: new Set(["url", "title"]),
};

export class JsonLog extends ImportLog {
  /** Reports the members of `object` this import does not take, unless they are empty. */
  extras(object: Json, kind: string, where: string) {
    for (const [key, value] of Object.entries(object))
      if (!known[kind]!.has(key) && !isEmpty(value)) this.ignore("jsonField", atPath(where), { kind, field: key });
  }
}

export interface Context {
  log: JsonLog;
  zones: ZoneReader;
  rooms: ScheduleRoom[];
  tracks: ScheduleTrack[];
  groups: Map<string, Omit<ScheduleGroup, "date">>;
  /** Room entries by guid and by name (the first of a name), each with the group it sits in. */
  roomEntries: Map<string, { name: string; group: string | null }>;
  localTitles: Json;
}

export function readRooms(value: unknown, ctx: Context, groupingNames: Json) {
  const list = Array.isArray(value) ? value : [];
  const roomGuids = new Set(
    list.flatMap((r) => (isObject(r) && typeof r.guid === "string" ? [r.guid.toLowerCase()] : [])),
  );
  list.forEach((raw, i) => {
    const where = `schedule.conference.rooms[${i}]`;
    if (!isObject(raw) || !text(raw.name).trim()) return ctx.log.ignore("roomWithoutName", atPath(where));
    ctx.log.extras(raw, "room", where);
    const name = text(raw.name).trim();
    const guid = addRoom(ctx, name, raw.guid, where);
    // schedule2 nests a room in a grouping (or in another room, which Podium has no word for); schema.json has assemblies.
    const parent = isObject(raw.parent) ? raw.parent : isObject(raw.assembly) ? raw.assembly : null;
    let group: string | null = null;
    if (parent && typeof parent.guid === "string" && roomGuids.has(parent.guid.toLowerCase()))
      ctx.log.ignore("roomInRoom", atPath(where));
    else if (parent) {
      const names = localizable(parent.name, "grouping", `${where}.parent.name`, ctx.log);
      const slug = text(parent.slug).trim() || slugify(names.text) || text(parent.guid).trim();
      const translated = localizable(
        Object.hasOwn(groupingNames, slug) ? groupingNames[slug] : null,
        "grouping",
        `schedule.podium.localized_grouping_names`,
        ctx.log,
      );
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
export function addRoom(ctx: Context, name: string, rawGuid: unknown, where: string): string | null {
  let guid = isUuid(rawGuid) ? rawGuid : null;
  if (!guid && !isEmpty(rawGuid)) ctx.log.ignore("roomGuidNotUuid", atPath(where));
  const existing = ctx.rooms.find((r) => r.name === name);
  if (existing) return guid;
  if (guid && ctx.rooms.some((r) => r.guid?.toLowerCase() === guid!.toLowerCase())) {
    ctx.log.ignore("roomGuidRepeated", atPath(where));
    guid = null;
  }
  ctx.rooms.push({ name, guid });
  return guid;
}

export function roomOfName(name: string, ctx: Context, where: string) {
  if (!name) throw new ScheduleFormatError("eventWithoutRoom", atPath(where));
  addRoom(ctx, name, null, where);
  return { room: name, group: ctx.roomEntries.get(`name:${name}`)?.group ?? null };
}

export function roomOfReference(ref: unknown, ctx: Context, where: string) {
  if (typeof ref === "string") return roomOfName(ref.trim(), ctx, where);
  if (!isObject(ref)) throw new ScheduleFormatError("eventWithoutRoom", atPath(where));
  const entry = typeof ref.guid === "string" ? ctx.roomEntries.get(ref.guid.toLowerCase()) : undefined;
  if (entry) return { room: entry.name, group: entry.group };
  const name = text(ref.name).trim();
  if (!name) throw new ScheduleFormatError("unknownRoom", atPath(where));
  addRoom(ctx, name, ref.guid, where);
  return roomOfName(name, ctx, where);
}

export function readTracks(value: unknown, ctx: Context): Map<string, string | null> {
  const bySlug = new Map<string, string | null>();
  (Array.isArray(value) ? value : []).forEach((raw, i) => {
    const where = `schedule.conference.tracks[${i}]`;
    if (!isObject(raw)) return ctx.log.ignore("trackNotObject", atPath(where));
    ctx.log.extras(raw, "track", where);
    const name = text(raw.name).trim();
    const colors = isObject(raw.colors) ? raw.colors : {};
    const color = [raw.color, colors.light, colors.dark].find(
      (c): c is string => typeof c === "string" && /^#[0-9a-fA-F]{6}$/.test(c),
    );
    // A track without a name is the "no track" of a schedule2 export.
    if (typeof raw.slug === "string") bySlug.set(raw.slug, name || null);
    if (name && !ctx.tracks.some((t) => t.name === name))
      ctx.tracks.push({ name, color: color?.toLowerCase() ?? null });
  });
  return bySlug;
}

export function trackOfReference(ref: unknown, bySlug: Map<string, string | null>, ctx: Context): string | null {
  const name = isObject(ref)
    ? bySlug.has(text(ref.slug))
      ? bySlug.get(text(ref.slug))!
      : text(ref.name) || text(ref.slug)
    : text(ref);
  const trimmed = name?.trim() ?? "";
  if (!trimmed) return null;
  if (!ctx.tracks.some((t) => t.name === trimmed)) ctx.tracks.push({ name: trimmed, color: null });
  return trimmed;
}

/**
 * A LocalizableString: plain text, or an object by language. The Chinese (else the first
 * non-English) text is the text; English is `en` when there is another; others are reported.
 */
export function localizable(
  value: unknown,
  kind: string,
  where: string,
  log: ImportLog,
): { text: string; en: string | null } {
  if (!isObject(value)) return { text: text(value), en: null };
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string");
  const en = entries.find(([lang]) => /^en(-|$)/i.test(lang));
  const primary = entries.find(([lang]) => /^zh(-|$)/i.test(lang)) ?? entries.find((e) => e !== en);
  for (const [lang] of entries)
    if (lang !== en?.[0] && lang !== primary?.[0]) log.ignore("otherLanguage", atPath(where), { kind, language: lang });
  return primary ? { text: primary[1], en: en ? en[1] : null } : { text: en?.[1] ?? "", en: null };
}
