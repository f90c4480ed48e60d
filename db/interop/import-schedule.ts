import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { releaseVersionSchema } from "../mutations/publish-release";
import { insertReleaseInTransaction } from "../releases/publish";
import { conferences, forums, releases, sessionPeople, sessions, speakers } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/interop/guids";
import {
  eventGuid,
  guidInConference,
  kindOf,
  personGuid,
  personKey,
  plannedGroups,
  uniqueSlug,
} from "@/lib/interop/import-plan";
import { upsertForums, upsertRooms, upsertTracks } from "./import-places";
import type { IgnoredItem, ParsedSchedule, ScheduleEvent } from "@/lib/interop/schedule-document";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { canonicalZone } from "@/lib/interop/time-zones";
import { conferenceSlugSchema, slugify } from "@/lib/slug";
import { instantToLocalDate, isTimeZone } from "@/lib/time/zoned";

type Kind = "rooms" | "tracks" | "forums" | "speakers" | "sessions";
export type ImportCounts = Record<Kind, number>;

export interface ImportSummary {
  conference: { slug: string; created: boolean };
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  ignored: IgnoredItem[];
  /** Choices the parser made for the user (a zone assumed, a duplicate split, an instant kept), where each first occurred. */
  decisions: IgnoredItem[];
  /** Notes about choices the import made (a derived time zone, …). */
  notes: string[];
  /** The release published with the import (`--publish`), if any. */
  release: string | null;
  dryRun: boolean;
  durationMs: number;
}

export interface ImportOptions {
  /** Import into this conference (created when missing); default: the file's acronym. */
  conference?: string;
  /** Do everything, report it, then roll it all back. */
  dryRun?: boolean;
  /** Publish a release of the imported programme in the same transaction, named so. */
  publish?: string | null;
  /** Time zone when the file names none. */
  timeZone?: string;
  /** The command line runs with the shell's authority; everything else names an viewer. */
  trusted?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

class DryRun extends Error {}
const zero = (): ImportCounts => ({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a parsed schedule into a conference in one transaction: rooms and
 * tracks by name, forums by slug, speakers and sessions by guid, so importing
 * the same file again updates in place and never duplicates. A file that
 * would lose data stops everything (ScheduleFormatError) and writes nothing.
 */
export function importSchedule(
  db: Db,
  viewer: Viewer | null,
  parsed: ParsedSchedule,
  options: ImportOptions = {},
): ImportSummary {
  const started = performance.now();
  const now = options.now ?? new Date();
  const { document } = parsed;
  const slug = options.conference ?? (slugify(document.conference.acronym) || slugify(document.conference.title));
  const slugCheck = conferenceSlugSchema.safeParse(slug);
  if (!slugCheck.success)
    throw new ScheduleFormatError(
      `“${slug}” cannot be a conference slug: ${slugCheck.error.issues[0]!.message}; pass --conference SLUG`,
      "conference/acronym",
    );
  const existing = db.select().from(conferences).where(eq(conferences.slug, slug)).get();
  if (!options.trusted) {
    if (existing) assertCan(viewer, { action: "conference.manage", conferenceId: existing.id });
    else assertCan(viewer, { action: "conference.create" });
  }

  const summary: ImportSummary = {
    conference: { slug, created: !existing },
    created: zero(),
    updated: zero(),
    unchanged: zero(),
    ignored: parsed.ignored,
    decisions: parsed.decisions ?? [],
    notes: [],
    release: null,
    dryRun: Boolean(options.dryRun),
    durationMs: 0,
  };
  const timeZone = existing?.timeZone ?? resolveTimeZone(document.conference.timeZone, options.timeZone, summary.notes);

  try {
    db.transaction((tx) => {
      const t = tx as unknown as Db;
      const conferenceId = existing?.id ?? createConference(t, slug, timeZone, parsed, options.publish != null);
      if (existing) widenDates(t, existing, document.events, timeZone);
      const roomIds = upsertRooms(t, conferenceId, parsed, summary);
      const trackIds = upsertTracks(t, conferenceId, parsed, summary);
      const { groups, groupOf } = plannedGroups(document, timeZone);
      const forumIds = upsertForums(t, conferenceId, groups, summary);
      const speakerIds = upsertSpeakers(
        t,
        conferenceId,
        document.conference.acronym,
        parsed,
        summary,
        viewer?.userId ?? null,
      );
      upsertSessions(t, {
        conferenceId,
        acronym: document.conference.acronym,
        events: document.events,
        roomIds,
        trackIds,
        forumIds,
        speakerIds,
        groupOf,
        summary,
        onProgress: options.onProgress,
      });
      recordAudit(t, {
        userId: viewer?.userId ?? null,
        conferenceId,
        action: "schedule.import",
        entityType: "conference",
        entityId: conferenceId,
        details: { title: slug, created: summary.created, updated: summary.updated },
      });
      if (options.publish != null) {
        const named = releaseVersionSchema.safeParse(
          options.publish || `import-${now.toISOString().slice(0, 19).replace(/[-:T]/g, "")}`,
        );
        if (!named.success) throw new ScheduleFormatError(named.error.issues[0]!.message, "--version");
        const version = named.data;
        if (
          t
            .select({ id: releases.id })
            .from(releases)
            .where(and(eq(releases.conferenceId, conferenceId), eq(releases.version, version)))
            .get()
        ) {
          throw new ScheduleFormatError(
            `a release named ${version} already exists; name another with --publish NAME`,
            "--publish",
          );
        }
        insertReleaseInTransaction(t, { conferenceId, version, userId: viewer?.userId ?? null, at: now });
        summary.release = version;
      }
      if (options.dryRun) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

function resolveTimeZone(fromFile: string | null, given: string | undefined, notes: string[]): string {
  const named = given ? canonicalZone(given) : null;
  // A fixed-offset zone is the parser's guess from the file's offsets; a zone the user names is the place's own.
  const guessed = fromFile !== null && /^(UTC|Etc\/)/.test(fromFile);
  if (fromFile && isTimeZone(fromFile) && !(guessed && named)) return fromFile;
  if (named) return named.zone;
  if (fromFile)
    throw new ScheduleFormatError(`unknown time zone “${fromFile}”; pass --time-zone`, "conference/time_zone_name");
  notes.push("The file names no time zone: the conference uses UTC. Re-import with --time-zone to show local times.");
  return "UTC";
}

function createConference(
  t: Db,
  slug: string,
  timeZone: string,
  { document }: ParsedSchedule,
  published: boolean,
): number {
  const c = document.conference;
  const chinese = c.languages.some((l) => l.startsWith("zh"));
  return t
    .insert(conferences)
    .values({
      slug,
      name: c.title || slug,
      theme: c.subtitle,
      city: c.city,
      venue: c.venue,
      timeZone,
      startDate: c.startDate,
      endDate: c.endDate,
      defaultLocale: chinese ? "zh-CN" : "en",
      website: c.url,
      published,
    })
    .returning({ id: conferences.id })
    .get().id;
}

/** An existing conference's days grow to cover the file's events; they never shrink. */
function widenDates(t: Db, conference: typeof conferences.$inferSelect, events: ScheduleEvent[], timeZone: string) {
  if (events.length === 0) return;
  const dates = events.map((e) => instantToLocalDate(new Date(e.start), timeZone)).sort();
  const startDate = dates[0]! < conference.startDate ? dates[0]! : conference.startDate;
  const endDate = dates.at(-1)! > conference.endDate ? dates.at(-1)! : conference.endDate;
  if (startDate !== conference.startDate || endDate !== conference.endDate)
    t.update(conferences).set({ startDate, endDate }).where(eq(conferences.id, conference.id)).run();
}

function upsertSpeakers(
  t: Db,
  conferenceId: number,
  acronym: string,
  { document }: ParsedSchedule,
  summary: ImportSummary,
  userId: number | null,
): Map<string, number> {
  // Speakers are matched inside this conference only: a guid another conference uses is a
  // profile of that conference, and this one gets a row of its own (same guid, its own words).
  const ours = t.select().from(speakers).where(eq(speakers.conferenceId, conferenceId)).all();
  // A person a file names without any id is the speaker of that name already at this conference, if there is one.
  const here = new Map(ours.map((s) => [s.name, s.guid]));
  const people = new Map<string, { guid: string; name: string }>();
  for (const e of document.events) {
    for (const p of e.persons) {
      const name = p.name.trim();
      if (!name || people.has(personKey(p))) continue;
      const anonymous = !isUuid(p.guid) && p.id === null;
      people.set(personKey(p), { guid: (anonymous ? here.get(name) : undefined) ?? personGuid(acronym, p), name });
    }
  }
  const found = new Map(ours.map((s) => [s.guid, s]));
  const taken = new Set(ours.map((s) => s.slug));
  const ids = new Map<string, number>();
  const done = new Set<string>();
  for (const [key, person] of people) {
    const speaker = found.get(person.guid);
    if (speaker) {
      ids.set(key, speaker.id);
      if (done.has(person.guid)) continue;
      done.add(person.guid);
      // The profile may be the speaker's own by now: an import corrects only a changed name.
      if (speaker.name !== person.name && speaker.userId === null) {
        t.update(speakers).set({ name: person.name }).where(eq(speakers.id, speaker.id)).run();
        summary.updated.speakers += 1;
      } else summary.unchanged.speakers += 1;
      continue;
    }
    const created = t
      .insert(speakers)
      .values({
        conferenceId,
        guid: person.guid,
        name: person.name,
        slug: uniqueSlug(person.name, "speaker", taken),
        createdByUserId: userId,
      })
      .returning()
      .get();
    found.set(person.guid, created);
    done.add(person.guid);
    ids.set(key, created.id);
    summary.created.speakers += 1;
  }
  return ids;
}

interface SessionContext {
  conferenceId: number;
  acronym: string;
  events: ScheduleEvent[];
  roomIds: Map<string, number>;
  trackIds: Map<string, number>;
  forumIds: Map<string, number>;
  speakerIds: Map<string, number>;
  groupOf: (event: ScheduleEvent) => string;
  summary: ImportSummary;
  onProgress?: (done: number, total: number) => void;
}

function upsertSessions(t: Db, c: SessionContext): void {
  const guids = c.events.map((e) => eventGuid(c.acronym, e));
  const duplicate = guids.find((g, i) => guids.indexOf(g) !== i);
  if (duplicate) {
    const event = c.events[guids.indexOf(duplicate)]!;
    throw new ScheduleFormatError(
      `two events share the guid ${event.guid ?? duplicate}`,
      `event ${event.id ?? event.guid ?? event.title}`,
    );
  }
  const existing = sessionsByGuid(t, guids);
  // Session guids are public (every schedule.xml has them) and unique on the server: one that
  // another conference already uses is never adopted; this conference gets a guid of its own.
  const elsewhere = guids.filter((g) => existing.has(g) && existing.get(g)!.conferenceId !== c.conferenceId);
  if (elsewhere.length > 0) {
    const own = new Map(elsewhere.map((g) => [g, guidOfOurOwn(t, g, c.conferenceId)]));
    for (const [g, r] of sessionsByGuid(t, [...own.values()])) existing.set(g, r);
    guids.forEach((g, i) => (guids[i] = own.get(g) ?? g));
    // The file may also name, for another event, the guid this conference gives one of these.
    const clash = guids.findIndex((g, i) => guids.indexOf(g) !== i);
    if (clash >= 0) {
      const [later, earlier] = [c.events[clash]!, c.events[guids.indexOf(guids[clash]!)]!];
      throw new ScheduleFormatError(
        `“${later.title}” and “${earlier.title}” would share the guid ${guids[clash]}: one names it, the other is given it in place of another conference's guid`,
        `event ${later.id ?? later.guid ?? later.title}`,
      );
    }
    const first = c.events[guids.indexOf(own.get(elsewhere[0]!)!)]!;
    c.summary.notes.push(
      `${elsewhere.length} event(s) have a guid another conference on this server already uses; they were given guids of their own, the same on every re-import (first: “${first.title}”).`,
    );
  }
  c.events.forEach((event, index) => {
    const guid = guids[index]!;
    const found = existing.get(guid);
    const startsAt = new Date(event.start);
    const values = {
      guid,
      forumId: c.forumIds.get(c.groupOf(event))!,
      roomId: event.room ? c.roomIds.get(event.room)! : null,
      trackId: event.track ? (c.trackIds.get(event.track) ?? null) : null,
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
    const people = uniquePeople(event, c.speakerIds);
    let sessionId: number;
    if (found) {
      sessionId = found.row.id;
      const before = t
        .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role })
        .from(sessionPeople)
        .where(eq(sessionPeople.sessionId, sessionId))
        .orderBy(sessionPeople.position)
        .all();
      const changed =
        Object.entries(values).some(([k, v]) => !sameJson(v, found.row[k as keyof typeof found.row])) ||
        !sameJson(before, people);
      if (!changed) {
        c.summary.unchanged.sessions += 1;
        progress(c, index);
        return;
      }
      t.update(sessions)
        .set({ ...values, version: found.row.version + 1 })
        .where(eq(sessions.id, sessionId))
        .run();
      t.delete(sessionPeople).where(eq(sessionPeople.sessionId, sessionId)).run();
      c.summary.updated.sessions += 1;
    } else {
      sessionId = t.insert(sessions).values(values).returning({ id: sessions.id }).get().id;
      c.summary.created.sessions += 1;
    }
    if (people.length)
      t.insert(sessionPeople)
        .values(people.map((p, position) => ({ sessionId, ...p, position })))
        .run();
    progress(c, index);
  });
}

/**
 * The guid this conference gives an event whose own guid is another conference's: derived
 * from both, and derived again while that is another conference's too (anyone can derive
 * one and put it in a file), so a session of another conference is never adopted.
 */
function guidOfOurOwn(t: Db, guid: string, conferenceId: number): string {
  let own = guidInConference(guid, conferenceId);
  for (
    let taken = sessionsByGuid(t, [own]).get(own);
    taken && taken.conferenceId !== conferenceId;
    taken = sessionsByGuid(t, [own]).get(own)
  )
    own = guidInConference(own, conferenceId);
  return own;
}

function sessionsByGuid(
  t: Db,
  guids: readonly string[],
): Map<string, { row: typeof sessions.$inferSelect; conferenceId: number }> {
  const found = new Map<string, { row: typeof sessions.$inferSelect; conferenceId: number }>();
  for (let i = 0; i < guids.length; i += 500) {
    for (const r of t
      .select({ row: sessions, conferenceId: forums.conferenceId })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(inArray(sessions.guid, guids.slice(i, i + 500)))
      .all())
      found.set(r.row.guid, r);
  }
  return found;
}

function progress(c: SessionContext, index: number) {
  if (c.onProgress && (index % 100 === 99 || index === c.events.length - 1)) c.onProgress(index + 1, c.events.length);
}

/** A person named twice in one event takes part once, in their first role. */
function uniquePeople(event: ScheduleEvent, speakerIds: Map<string, number>) {
  const seen = new Set<number>();
  const people: Array<{ speakerId: number; role: NonNullable<ScheduleEvent["persons"][number]["role"]> }> = [];
  for (const p of event.persons) {
    const speakerId = speakerIds.get(personKey(p));
    if (speakerId === undefined || seen.has(speakerId)) continue;
    seen.add(speakerId);
    people.push({ speakerId, role: p.role ?? "speaker" });
  }
  return people;
}
