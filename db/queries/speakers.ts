import { and, asc, eq, or, sql, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../connection";
import { assertCanEnterConference } from "../auth/viewer";
import { loadSpeakerScope, loadSpeakerScopes } from "../auth/speaker-scope";
import { findTimeZone } from "./conferences";
import { forums, sessionPeople, sessions, speakerUnavailability, speakers, users, type Speaker } from "../schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import type { Viewer } from "@/lib/auth/permissions";
import { canEditSpeaker, canManageSpeakerAccount } from "@/lib/auth/speaker-permissions";
import type { SessionRole } from "@/lib/domain/vocabulary";

export interface SpeakerListItem extends Speaker {
  /** Sessions of this conference the speaker takes part in. */
  sessionCount: number;
  editable: boolean;
}

/** The speakers of a conference (its own rows: every conference is a tenant), with whether this viewer may edit each. */
export function listSpeakers(db: Db, viewer: Viewer | null, conferenceId: number): SpeakerListItem[] {
  assertCanEnterConference(db, viewer, conferenceId);
  const counts = new Map(
    db
      .select({ speakerId: sessionPeople.speakerId, n: sql<number>`count(distinct ${sessionPeople.sessionId})` })
      .from(sessionPeople)
      .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
      .where(eq(speakers.conferenceId, conferenceId))
      .groupBy(sessionPeople.speakerId)
      .all()
      .map((r) => [r.speakerId, r.n]),
  );
  const rows = db.select().from(speakers).where(eq(speakers.conferenceId, conferenceId)).all();
  const scopes = loadSpeakerScopes(
    db,
    rows.map((s) => s.id),
  );
  return rows.map((s) => ({
    ...s,
    sessionCount: counts.get(s.id) ?? 0,
    editable: canEditSpeaker(viewer, scopes.get(s.id)!),
  }));
}

export interface SpeakerEditor {
  speaker: Speaker;
  /** Unavailable times at this conference, as local date-times of its zone. */
  unavailability: Array<{ startsAt: string; endsAt: string; note: string }>;
  sessions: Array<{ id: number; title: string; forum: string; role: SessionRole }>;
  editable: boolean;
  /** Inviting, and unlinking the account: organizers of the conference. */
  managesAccount: boolean;
  timeZone: string;
  /** Whether an account maintains this profile itself (accepted invitation). */
  maintained: boolean;
  /** That account's email: shown to those who manage it only. */
  account: { email: string } | null;
}

/** One speaker of this conference with everything the edit page shows; null when the conference has no such speaker. */
export function findSpeakerEditor(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  speakerId: number,
): SpeakerEditor | null {
  assertCanEnterConference(db, viewer, conferenceId);
  const speaker = db
    .select()
    .from(speakers)
    .where(and(eq(speakers.id, speakerId), eq(speakers.conferenceId, conferenceId)))
    .get();
  if (!speaker) return null;
  const timeZone = findTimeZone(db, conferenceId)!;
  const unavailability = db
    .select()
    .from(speakerUnavailability)
    .where(and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)))
    .orderBy(asc(speakerUnavailability.startsAt))
    .all()
    .map((w) => ({
      startsAt: localDateTimeOf(w.startsAt, timeZone),
      endsAt: localDateTimeOf(w.endsAt, timeZone),
      note: w.note,
    }));
  const taking = db
    .select({ id: sessions.id, title: sessions.title, forum: forums.name, role: sessionPeople.role })
    .from(sessionPeople)
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .where(and(eq(sessionPeople.speakerId, speakerId), eq(forums.conferenceId, conferenceId)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .all();
  const scope = loadSpeakerScope(db, speakerId)!;
  const managesAccount = canManageSpeakerAccount(viewer, scope);
  const account =
    speaker.userId === null || !managesAccount
      ? null
      : (db.select({ email: users.email }).from(users).where(eq(users.id, speaker.userId)).get() ?? null);
  return {
    speaker,
    unavailability,
    sessions: taking,
    editable: canEditSpeaker(viewer, scope),
    managesAccount,
    timeZone,
    maintained: speaker.userId !== null,
    account,
  };
}

export interface SpeakerMatch {
  id: number;
  name: string;
  nameEn: string;
  position: string;
  organization: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Speakers of this conference whose name, slug or organization contains the text: for adding people to a session. */
export function searchSpeakers(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  text: string,
  limit = 20,
): SpeakerMatch[] {
  assertCanEnterConference(db, viewer, conferenceId);
  const q = text.trim().slice(0, 100);
  if (!q) return [];
  const pattern = `%${escapeLike(q)}%`;
  const like = (column: SQLWrapper) => sql`${column} like ${pattern} escape '\\'`;
  return db
    .select({
      id: speakers.id,
      name: speakers.name,
      translations: speakers.translations,
      position: speakers.position,
      organization: speakers.organization,
    })
    .from(speakers)
    .where(
      and(
        eq(speakers.conferenceId, conferenceId),
        or(
          like(speakers.name),
          like(speakers.slug),
          like(speakers.organization),
          like(sql`json_extract(${speakers.translations}, '$.en.name')`),
        ),
      ),
    )
    .orderBy(asc(speakers.name))
    .limit(limit)
    .all()
    .map(({ translations, ...s }) => ({ ...s, nameEn: translations.en?.name ?? "" }));
}

/** The conference's time zone, in which the workspace shows and takes local times. */
export function findConferenceTimeZone(db: Db, viewer: Viewer | null, conferenceId: number): string {
  assertCanEnterConference(db, viewer, conferenceId);
  return findTimeZone(db, conferenceId)!;
}
