import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { assertCanEnterConference } from "../auth/viewer";
import { conferenceSummaryColumns } from "./conferences";
import { conferences, forums, rooms, sessionPeople, sessions, speakerUnavailability, speakers } from "../schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { SessionKind, SessionStatus } from "@/lib/domain/vocabulary";

export interface EditorSession {
  id: number;
  version: number;
  title: string;
  kind: SessionKind;
  status: SessionStatus;
  forumId: number;
  roomId: number | null;
  /** ISO instants, or null for sessions in the tray. */
  startsAt: string | null;
  endsAt: string | null;
  speakerIds: number[];
  /** Whether this viewer may move it: organizers everything, forum editors their forums' sessions. */
  editable: boolean;
}

export interface ScheduleEditorData {
  conference: { id: number; slug: string; name: string; timeZone: string; startDate: string; endDate: string };
  rooms: Array<{ id: number; name: string }>;
  forums: Array<{ id: number; name: string; date: string; editable: boolean }>;
  speakers: Record<number, string>;
  sessions: EditorSession[];
  unavailability: Array<{ speakerId: number; startsAt: string; endsAt: string; note: string }>;
}

/**
 * Everything the schedule editor shows for a conference: all sessions of the
 * working programme (drafts included), so conflicts are checked against the
 * whole conference even for a forum editor who may move only their forum's sessions.
 */
export function loadScheduleEditor(db: Db, viewer: Viewer | null, conferenceSlug: string): ScheduleEditorData | null {
  const conference = db
    .select(conferenceSummaryColumns)
    .from(conferences)
    .where(eq(conferences.slug, conferenceSlug))
    .get();
  if (!conference) return null;
  const scopes = assertCanEnterConference(db, viewer, conference.id);
  const editableForum = (forumId: number) => can(viewer, { action: "forum.edit", forum: scopes.get(forumId)! });

  const forumRows = db
    .select({ id: forums.id, name: forums.name, date: forums.date })
    .from(forums)
    .where(eq(forums.conferenceId, conference.id))
    .orderBy(asc(forums.date), asc(forums.position))
    .all();
  const sessionRows = forumRows.length
    ? db
        .select()
        .from(sessions)
        .where(
          inArray(
            sessions.forumId,
            forumRows.map((f) => f.id),
          ),
        )
        .orderBy(asc(sessions.startsAt), asc(sessions.id))
        .all()
    : [];
  const people = sessionRows.length
    ? db
        .select({ sessionId: sessionPeople.sessionId, speakerId: sessionPeople.speakerId })
        .from(sessionPeople)
        .where(
          inArray(
            sessionPeople.sessionId,
            sessionRows.map((s) => s.id),
          ),
        )
        .all()
    : [];
  const speakerIdsBySession = new Map<number, number[]>();
  for (const p of people)
    speakerIdsBySession.set(p.sessionId, [...(speakerIdsBySession.get(p.sessionId) ?? []), p.speakerId]);
  const speakerIds = [...new Set(people.map((p) => p.speakerId))];
  const speakerRows = speakerIds.length
    ? db.select({ id: speakers.id, name: speakers.name }).from(speakers).where(inArray(speakers.id, speakerIds)).all()
    : [];

  return {
    conference,
    rooms: db
      .select({ id: rooms.id, name: rooms.name })
      .from(rooms)
      .where(eq(rooms.conferenceId, conference.id))
      .orderBy(asc(rooms.position), asc(rooms.id))
      .all(),
    forums: forumRows.map((f) => ({ ...f, editable: editableForum(f.id) })),
    speakers: Object.fromEntries(speakerRows.map((s) => [s.id, s.name])),
    sessions: sessionRows.map((s) => ({
      id: s.id,
      version: s.version,
      title: s.title,
      kind: s.kind,
      status: s.status,
      forumId: s.forumId,
      roomId: s.roomId,
      startsAt: s.startsAt?.toISOString() ?? null,
      endsAt: s.endsAt?.toISOString() ?? null,
      speakerIds: speakerIdsBySession.get(s.id) ?? [],
      editable: editableForum(s.forumId),
    })),
    unavailability: db
      .select({
        speakerId: speakerUnavailability.speakerId,
        startsAt: speakerUnavailability.startsAt,
        endsAt: speakerUnavailability.endsAt,
        note: speakerUnavailability.note,
      })
      .from(speakerUnavailability)
      .where(and(eq(speakerUnavailability.conferenceId, conference.id)))
      .all()
      .map((u) => ({ ...u, startsAt: u.startsAt.toISOString(), endsAt: u.endsAt.toISOString() })),
  };
}
