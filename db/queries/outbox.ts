import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Conn } from "../connection";
import { loadConferenceForumScopes } from "../auth/viewer";
import { outboxMessages, releases, type OutboxMessage } from "../schema";
import { can, ForbiddenError, type Viewer } from "@/lib/auth/permissions";

export interface OutboxRow extends OutboxMessage {
  version: string;
}

/**
 * Which of a conference's messages the viewer may see and send, as a where clause: all of them
 * for an organizer, those about a forum they edit for a forum editor; anyone else is refused.
 */
export function outboxScope(db: Conn, viewer: Viewer | null, conferenceId: number): SQL {
  const inConference = eq(outboxMessages.conferenceId, conferenceId);
  if (viewer && can(viewer, { action: "conference.manage", conferenceId })) return inConference;
  const forums = [...loadConferenceForumScopes(db, conferenceId)]
    .filter(([, forum]) => can(viewer, { action: "forum.edit", forum }))
    .map(([id]) => id);
  if (forums.length === 0) throw new ForbiddenError();
  return and(
    inConference,
    sql`exists (select 1 from json_each(${outboxMessages.forumIds}) where json_each.value in ${forums})`,
  )!;
}

/** The messages the viewer may see, newest release first, then by speaker. */
export function listOutbox(db: Conn, viewer: Viewer | null, conferenceId: number): OutboxRow[] {
  return db
    .select({ message: outboxMessages, version: releases.version })
    .from(outboxMessages)
    .innerJoin(releases, eq(releases.id, outboxMessages.releaseId))
    .where(outboxScope(db, viewer, conferenceId))
    .orderBy(desc(outboxMessages.releaseId), outboxMessages.speakerName, outboxMessages.id)
    .all()
    .map(({ message, version }) => ({ ...message, version }));
}

/** These messages, where the viewer may see them (others are left out). */
export function findOutboxMessages(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  ids: readonly number[],
): OutboxMessage[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(outboxMessages)
    .where(and(outboxScope(db, viewer, conferenceId), inArray(outboxMessages.id, [...ids])))
    .all();
}
