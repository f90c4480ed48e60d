import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { conferences, forums, rooms, sessionPeople, sessions, speakers } from "../schema";
import type { Viewer } from "@/lib/auth/permissions";
import type { SessionKind, SessionRole, SessionStatus } from "@/lib/domain/vocabulary";

export interface MySession {
  id: number;
  title: string;
  kind: SessionKind;
  status: Exclude<SessionStatus, "draft">;
  role: SessionRole;
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
  forum: string;
  conference: { slug: string; name: string; timeZone: string };
  /** The other people of the session, in their order. */
  coSpeakers: Array<{ name: string; role: SessionRole }>;
}

/** The sessions these speakers take part in that they see as theirs: drafts stay with the organizers until confirmed. */
export const takingPart = (speakerIds: readonly number[]) =>
  and(inArray(sessionPeople.speakerId, [...speakerIds]), ne(sessions.status, "draft"));

/**
 * The sessions, across conferences, of the speaker profiles the viewer keeps (one per conference).
 * Drafts stay with the organizers until they confirm them.
 */
export function listMySessions(db: Db, viewer: Viewer | null): MySession[] {
  if (!viewer || viewer.speakerIds.size === 0) return [];
  const own = [...viewer.speakerIds];
  const mine = db
    .select({
      id: sessions.id,
      title: sessions.title,
      kind: sessions.kind,
      status: sessions.status,
      role: sessionPeople.role,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      room: rooms.name,
      forum: forums.name,
      conferenceSlug: conferences.slug,
      conferenceName: conferences.name,
      timeZone: conferences.timeZone,
    })
    .from(sessionPeople)
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
    .leftJoin(rooms, eq(rooms.id, sessions.roomId))
    .where(takingPart(own))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .all();
  if (mine.length === 0) return [];
  const others = db
    .select({
      sessionId: sessionPeople.sessionId,
      name: speakers.name,
      role: sessionPeople.role,
      speakerId: sessionPeople.speakerId,
    })
    .from(sessionPeople)
    .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
    .where(
      inArray(
        sessionPeople.sessionId,
        mine.map((s) => s.id),
      ),
    )
    .orderBy(asc(sessionPeople.position), asc(sessionPeople.speakerId))
    .all();
  return mine.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    status: s.status as MySession["status"],
    role: s.role,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
    forum: s.forum,
    conference: { slug: s.conferenceSlug, name: s.conferenceName, timeZone: s.timeZone },
    coSpeakers: others
      .filter((o) => o.sessionId === s.id && !viewer.speakerIds.has(o.speakerId))
      .map(({ name, role }) => ({ name, role })),
  }));
}
