import type { SessionKind } from "@/lib/domain/vocabulary";
import { conferenceSlugSchema, slugify, slugSchema } from "@/lib/slug";
import { instantToLocalDate, isTimeZone } from "@/lib/time/zoned";
import { derivedGuid, isUuid } from "./guids";
import { atPath, type ImportNote } from "./import-report";
import {
  type ScheduleDocument,
  type ScheduleEvent,
  ScheduleFormatError,
  type SchedulePerson,
} from "./schedule-document";
import { canonicalZone } from "./time-zones";

// The mapping step of an import, between reading a file and writing it: the decisions
// that need no database — the conference's slug, zone and release name, identities,
// kinds, a session's fields, and the forums that group a file which has none.

/** The slug of the conference a file goes into: the one named, else the file's acronym or title. */
export function conferenceSlug(document: ScheduleDocument, named?: string): string {
  const slug = named ?? (slugify(document.conference.acronym) || slugify(document.conference.title));
  if (conferenceSlugSchema.safeParse(slug).success) return slug;
  const reserved = slugSchema.safeParse(slug).success;
  throw new ScheduleFormatError(
    reserved ? "reservedConferenceSlug" : "badConferenceSlug",
    atPath("conference/acronym"),
    {
      slug,
    },
  );
}

/**
 * The zone a new conference shows the file's times in: the file's, unless it is only a
 * fixed offset guessed from the file and the user named the place's zone; else the one
 * named; else UTC, with a note saying so.
 */
export function newConferenceZone(fromFile: string | null, given?: string): { zone: string; note: ImportNote | null } {
  const named = given ? canonicalZone(given) : null;
  const guessed = fromFile !== null && /^(UTC|Etc\/)/.test(fromFile);
  if (fromFile && isTimeZone(fromFile) && !(guessed && named)) return { zone: fromFile, note: null };
  if (named) return { zone: named.zone, note: null };
  if (fromFile)
    throw new ScheduleFormatError("unknownFileZone", atPath("conference/time_zone_name"), { zone: fromFile });
  return { zone: "UTC", note: { code: "utcConference", at: atPath("conference/time_zone_name"), count: 1 } };
}

/** What a session takes from an event, apart from where it goes (guid, forum, room, track). */
export function sessionFields(event: ScheduleEvent) {
  const startsAt = new Date(event.start);
  return {
    kind: kindOf(event.type),
    title: event.title,
    abstract: event.abstract,
    startsAt,
    endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000),
    language: event.language,
    status: event.cancelled ? ("cancelled" as const) : ("confirmed" as const),
    translations:
      event.titleEn || event.abstractEn
        ? {
            en: {
              ...(event.titleEn ? { title: event.titleEn } : {}),
              ...(event.abstractEn ? { abstract: event.abstractEn } : {}),
            },
          }
        : {},
    subtitle: event.subtitle,
    description: event.description,
    typeLabel: event.type,
    externalId: event.id,
    slug: event.slug,
    links: event.links,
  };
}

/**
 * The stable guid of an imported event: its own when it is a UUID, else one
 * derived from what the file identifies it by, so a re-import finds it again.
 */
export function eventGuid(acronym: string, event: ScheduleEvent): string {
  if (isUuid(event.guid)) return event.guid.toLowerCase();
  const key =
    event.guid ??
    (event.id !== null ? `id:${event.id}` : (event.slug ?? `${event.start}/${event.room}/${event.title}`));
  return derivedGuid(`${acronym}/event/${key}`);
}

/**
 * The guid a conference gives an event whose own guid is already another
 * conference's on this server: derived from both, so a re-import into the same
 * conference finds it again and nothing is ever adopted across conferences.
 */
export const guidInConference = (guid: string, conferenceId: number) =>
  derivedGuid(`conference/${conferenceId}/event/${guid}`);

/** The key that makes two mentions of a person one speaker within a file. */
export function personKey(person: SchedulePerson): string {
  if (isUuid(person.guid)) return `guid:${person.guid.toLowerCase()}`;
  if (person.id !== null) return `id:${person.id}`;
  return `name:${person.name.trim().toLowerCase()}`;
}

export function personGuid(acronym: string, person: SchedulePerson): string {
  if (isUuid(person.guid)) return person.guid.toLowerCase();
  return derivedGuid(`${acronym}/person/${personKey(person)}`);
}

const kindWords: Array<[RegExp, SessionKind]> = [
  [/keynote/i, "keynote"],
  [/panel|discussion|podium|dialog|对话|圆桌/i, "panel"],
  [/ceremony|opening|closing|仪式|开幕|闭幕/i, "ceremony"],
  [/break|lunch|coffee|pause|茶歇|午餐/i, "break"],
  [/talk|lecture|devroom|maintrack|lightning|presentation|session|演讲|报告/i, "talk"],
];

/** Podium's kind for a file's type word; the word itself is kept for exports. */
export function kindOf(type: string): SessionKind {
  const exact = (["keynote", "talk", "panel", "ceremony", "break", "other"] as const).find((k) => k === type);
  if (exact) return exact;
  return kindWords.find(([pattern]) => pattern.test(type))?.[1] ?? "other";
}

/** A slug for a name, unique among `taken`; names without ASCII get `fallback-N`. */
export function uniqueSlug(name: string, fallback: string, taken: Set<string>): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, "") || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export interface PlannedGroup {
  slug: string;
  name: string;
  nameEn: string | null;
  date: string;
}

/**
 * The forums an import files its sessions under: the document's groups when it
 * has them (a Podium export), else one forum per track and day — a FOSDEM
 * devroom or a congress track is what Podium calls a forum, and a forum is on
 * one day. Sessions without a track share one forum per day.
 */
export function plannedGroups(
  document: ScheduleDocument,
  timeZone: string,
): { groups: PlannedGroup[]; groupOf: (event: ScheduleEvent) => string } {
  if (document.groups.length > 0) {
    const known = new Set(document.groups.map((g) => g.slug));
    const fallback = document.groups[0]!.slug;
    return { groups: document.groups, groupOf: (e) => (e.group && known.has(e.group) ? e.group : fallback) };
  }
  const dateOf = (e: ScheduleEvent) => instantToLocalDate(new Date(e.start), timeZone);
  const days = [...new Set(document.events.map(dateOf))].sort();
  const keyOf = (e: ScheduleEvent) => `${dateOf(e)}\u0000${e.track ?? ""}`;
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  const groups: PlannedGroup[] = [];
  const ordered = [...document.events].sort(
    (a, b) => dateOf(a).localeCompare(dateOf(b)) || a.start.localeCompare(b.start),
  );
  for (const e of ordered) {
    const key = keyOf(e);
    if (slugs.has(key)) continue;
    const date = dateOf(e);
    const name = e.track ?? `Day ${days.indexOf(date) + 1} · ${date}`;
    const slug = uniqueSlug(`${e.track ?? "day"} ${date}`, `forum-${date}`, taken);
    slugs.set(key, slug);
    groups.push({ slug, name, nameEn: null, date });
  }
  return { groups, groupOf: (e) => slugs.get(keyOf(e))! };
}
