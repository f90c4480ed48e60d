import { eq, inArray } from "drizzle-orm";
import type { Conn } from "../connection";
import { sessionPeople, sessions, speakers } from "../schema";
import type { SpeakerScope } from "@/lib/auth/speaker-permissions";
import { loadForumScopes } from "./viewer";

/** Speaker scopes by speaker id, from the rows themselves and the sessions they take part in. */
export function loadSpeakerScopes(db: Conn, speakerIds: readonly number[]): Map<number, SpeakerScope> {
  const scopes = new Map<number, SpeakerScope & { forums: SpeakerScope["forums"][number][] }>();
  if (speakerIds.length === 0) return scopes;
  const rows = db
    .select({
      id: speakers.id,
      conferenceId: speakers.conferenceId,
      userId: speakers.userId,
      createdByUserId: speakers.createdByUserId,
    })
    .from(speakers)
    .where(inArray(speakers.id, [...speakerIds]))
    .all();
  for (const r of rows)
    scopes.set(r.id, {
      conferenceId: r.conferenceId,
      forums: [],
      maintained: r.userId !== null,
      createdByUserId: r.createdByUserId,
    });
  const taking = db
    .selectDistinct({ speakerId: sessionPeople.speakerId, forumId: sessions.forumId })
    .from(sessionPeople)
    .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
    .where(inArray(sessionPeople.speakerId, [...speakerIds]))
    .all();
  const forums = loadForumScopes(db, [...new Set(taking.map((t) => t.forumId))]);
  for (const t of taking) {
    const forum = forums.get(t.forumId);
    if (forum) scopes.get(t.speakerId)?.forums.push(forum);
  }
  return scopes;
}

/** The scope of one speaker, or null when there is no such row. */
export function loadSpeakerScope(db: Conn, speakerId: number): SpeakerScope | null {
  return loadSpeakerScopes(db, [speakerId]).get(speakerId) ?? null;
}
