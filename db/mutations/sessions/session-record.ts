import { eq } from "drizzle-orm";
import type { Conn } from "../../connection";
import { assertCanEnterConference } from "../../auth/viewer";
import { sessions, type Session } from "../../schema";
import type { Person } from "../../queries/sessions";
import { assertCan, type ForumScope, type Viewer } from "@/lib/auth/permissions";
import { pairWithEnglish } from "@/lib/domain/translations";
import { changesSince } from "../changes-since";
import { refuse } from "../pipeline";

// What the session writes share: who may write a session of a conference, how a session
// reads in the audit log, and the refusal of a write based on an older version.

/** The session being edited and the version the editor read; null to create one. */
export interface SessionTarget {
  sessionId: number;
  version: number;
}

/** A session as its form shows it; the audit log keeps these fields (the schedule editor's too), people as readable lines. */
export function sessionView(s: Session, people: Person[]) {
  return {
    forumId: s.forumId,
    kind: s.kind,
    status: s.status,
    ...pairWithEnglish(s, ["title", "abstract"]),
    language: s.language,
    trackId: s.trackId,
    roomId: s.roomId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    people: people.map((p) => `${p.name} (${p.role})`),
  };
}
export type SessionView = ReturnType<typeof sessionView>;
export const viewFields = Object.keys(sessionView({ translations: {} } as Session, [])) as Array<keyof SessionView>;

/** The refusal of a write based on version `read`: the version now, and every audited change since. */
export const staleEdit = (db: Conn, session: Session, read: number) =>
  refuse.stale({ currentVersion: session.version, changesSince: changesSince(db, "session", session.id, read) });

export interface SessionScope {
  /** Every forum of the conference: a session's forum must be one of them. */
  scopes: Map<number, ForumScope>;
  /** The session written over, as the rights were checked on it; null when creating. */
  before: Session | null;
}

/**
 * Anyone working in the conference (organizers, forum editors) gets this far; a session must
 * be one of the conference's and its forum one the viewer edits. Null when it is not the conference's.
 */
export function authorizeSession(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  sessionId: number | null,
): SessionScope | null {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
  if (sessionId === null) return { scopes, before: null };
  const before = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!before || !scopes.has(before.forumId)) return null;
  assertCan(viewer, { action: "forum.edit", forum: scopes.get(before.forumId)! });
  return { scopes, before };
}
