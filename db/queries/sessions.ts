import { asc, eq, inArray } from "drizzle-orm";
import type { Conn } from "../connection";
import { assertCanEnterConference } from "../auth/viewer";
import { listChoices } from "./conference-lists";
import { findTimeZone } from "./conferences";
import { latestReleaseId } from "./revision";
import { forums, releases, rooms, sessionPeople, sessions, speakers, tracks, type Session } from "../schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Translations } from "@/lib/domain/translations";
import type { SessionKind, SessionRole, SessionStatus } from "@/lib/domain/vocabulary";

export interface SessionListItem extends Session {
  forumName: string;
  forumTranslations: Translations<"name">;
  roomName: string | null;
  roomTranslations: Translations<"name"> | null;
  people: Array<{ name: string; translations: Translations<"name"> }>;
  editable: boolean;
}

/** Every session of a conference (drafts included) with forum, room and people, and whether this viewer may edit each. */
export function listSessions(db: Conn, viewer: Viewer | null, conferenceId: number): SessionListItem[] {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
  const rows = db
    .select({
      session: sessions,
      forumName: forums.name,
      forumTranslations: forums.translations,
      roomName: rooms.name,
      roomTranslations: rooms.translations,
    })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .leftJoin(rooms, eq(rooms.id, sessions.roomId))
    .where(eq(forums.conferenceId, conferenceId))
    .all();
  const ids = rows.map((r) => r.session.id);
  const people = ids.length
    ? db
        .select({ sessionId: sessionPeople.sessionId, name: speakers.name, translations: speakers.translations })
        .from(sessionPeople)
        .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
        .where(inArray(sessionPeople.sessionId, ids))
        .orderBy(asc(sessionPeople.position))
        .all()
    : [];
  return rows.map(({ session, ...names }) => ({
    ...session,
    ...names,
    people: people
      .filter((p) => p.sessionId === session.id)
      .map((p) => ({ name: p.name, translations: p.translations })),
    editable: can(viewer, { action: "forum.edit", forum: scopes.get(session.forumId)! }),
  }));
}

export interface SessionEditorOptions {
  timeZone: string;
  /** Every forum of the conference; `editable` ones may be chosen. */
  forums: Array<{ id: number; name: string; translations: Translations<"name">; date: string; editable: boolean }>;
  rooms: Array<{ id: number; name: string; translations: Translations<"name"> }>;
  tracks: Array<{ id: number; name: string; translations: Translations<"name"> }>;
}

/** What the session form offers to pick from, for anyone working in the conference. */
export function loadSessionEditorOptions(db: Conn, viewer: Viewer | null, conferenceId: number): SessionEditorOptions {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
  const timeZone = findTimeZone(db, conferenceId)!;
  return {
    timeZone,
    forums: db
      .select({ id: forums.id, name: forums.name, translations: forums.translations, date: forums.date })
      .from(forums)
      .where(eq(forums.conferenceId, conferenceId))
      .orderBy(asc(forums.date), asc(forums.position))
      .all()
      .map((f) => ({ ...f, editable: can(viewer, { action: "forum.edit", forum: scopes.get(f.id)! }) })),
    rooms: listChoices(db, rooms, conferenceId),
    tracks: listChoices(db, tracks, conferenceId),
  };
}

export interface SessionEditor {
  session: Session;
  people: Array<{ speakerId: number; name: string; role: SessionRole }>;
  editable: boolean;
  /** In the latest published release: deleting it takes it off the public agenda with the next one. */
  published: boolean;
}

export type Person = { speakerId: number; role: SessionRole; name: string };

/** A session's line-up as stored, in the order its organizers gave it: what an import compares and a form posts. */
export function listLineUp(db: Conn, sessionId: number) {
  return db
    .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role })
    .from(sessionPeople)
    .where(eq(sessionPeople.sessionId, sessionId))
    .orderBy(asc(sessionPeople.position))
    .all();
}

/** The people of a session in the order its organizers gave them: its editor's and its audit's view. */
export function peopleOf(db: Conn, sessionId: number): Person[] {
  return db
    .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role, name: speakers.name })
    .from(sessionPeople)
    .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
    .where(eq(sessionPeople.sessionId, sessionId))
    .orderBy(asc(sessionPeople.position))
    .all();
}

/** One session of the conference with its people; null when it is not one of the conference's. */
export function findSessionEditor(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  sessionId: number,
): SessionEditor | null {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
  const session = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!session || !scopes.has(session.forumId)) return null;
  const people = peopleOf(db, sessionId);
  const latest = db
    .select({ snapshot: releases.snapshot })
    .from(releases)
    .where(eq(releases.id, latestReleaseId(conferenceId)))
    .get();
  return {
    session,
    people,
    editable: can(viewer, { action: "forum.edit", forum: scopes.get(session.forumId)! }),
    published: latest?.snapshot.sessions.some((s) => s.guid === session.guid) ?? false,
  };
}

/** A session as its form shows it: ids as strings, times as local date-times of the conference's zone. */
export interface SessionFormValues {
  id: number;
  version: number;
  forumId: string;
  kind: SessionKind;
  status: SessionStatus;
  title: string;
  titleEn: string;
  abstract: string;
  abstractEn: string;
  language: string;
  trackId: string;
  roomId: string;
  startsAt: string;
  endsAt: string;
  people: Array<{ speakerId: number; name: string; role: SessionRole }>;
}

/** What a stale save of the session form hands back besides its problems: the session as it is now. */
export interface SessionNow {
  current?: SessionFormValues;
}

export function toSessionFormValues(
  { session, people }: Pick<SessionEditor, "session" | "people">,
  timeZone: string,
): SessionFormValues {
  const local = (d: Date | null) => (d ? localDateTimeOf(d, timeZone) : "");
  const id = (v: number | null) => (v === null ? "" : String(v));
  return {
    id: session.id,
    version: session.version,
    forumId: String(session.forumId),
    kind: session.kind,
    status: session.status,
    title: session.title,
    titleEn: session.translations.en?.title ?? "",
    abstract: session.abstract,
    abstractEn: session.translations.en?.abstract ?? "",
    language: session.language,
    trackId: id(session.trackId),
    roomId: id(session.roomId),
    startsAt: local(session.startsAt),
    endsAt: local(session.endsAt),
    people,
  };
}
