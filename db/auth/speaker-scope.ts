import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { auditLog, sessionPeople, sessions } from "../schema";
import type { SpeakerScope } from "@/lib/auth/speaker-permissions";
import { loadForumScopes } from "./actor";

/** Speaker scopes (forums they take part in, where the profile was created) by speaker id. */
export function loadSpeakerScopes(db: Db, speakerIds: readonly number[]): Map<number, SpeakerScope> {
  const scopes = new Map<number, { forums: SpeakerScope["forums"][number][]; createdIn: Array<SpeakerScope["createdIn"][number]> }>();
  if (speakerIds.length === 0) return scopes;
  for (const id of speakerIds) scopes.set(id, { forums: [], createdIn: [] });
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
  const created = db
    .select({ entityId: auditLog.entityId, conferenceId: auditLog.conferenceId, userId: auditLog.userId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "speaker"), eq(auditLog.action, "speaker.create"), inArray(auditLog.entityId, speakerIds.map(String))))
    .all();
  for (const c of created) scopes.get(Number(c.entityId))?.createdIn.push({ conferenceId: c.conferenceId, userId: c.userId });
  return scopes;
}

export function loadSpeakerScope(db: Db, speakerId: number): SpeakerScope {
  return loadSpeakerScopes(db, [speakerId]).get(speakerId)!;
}
