import { and, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadForumScopes } from "../auth/viewer";
import { forums, rooms, sessions, type Session } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { changesSince } from "./changes-since";
import type { WriteResult } from "./write-result";

export interface ScheduleInput {
  sessionId: number;
  /** The version the editor read; a write based on an older one is refused. */
  version: number;
  roomId: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
}

const scheduleFields = ["roomId", "startsAt", "endsAt"] as const;

/**
 * Places a session in a room at a time, or back in the tray (all three null).
 * Organizers of the conference and forum editors of the session's forum may; conflicts
 * are not refused here, the editor shows them. Nothing is overwritten silently:
 * the write only happens if the session is still at `version`.
 */
export function scheduleSession(db: Db, viewer: Viewer | null, input: ScheduleInput): WriteResult<Session> {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const session = t.select().from(sessions).where(eq(sessions.id, input.sessionId)).get();
    if (!session) return { ok: false, reason: "not-found" } as const;
    const forum = t
      .select({ conferenceId: forums.conferenceId })
      .from(forums)
      .where(eq(forums.id, session.forumId))
      .get()!;
    assertCan(viewer, { action: "forum.edit", forum: loadForumScopes(t, [session.forumId]).get(session.forumId)! });

    const scheduled = input.startsAt !== null || input.endsAt !== null;
    if (
      scheduled &&
      (!input.startsAt ||
        !input.endsAt ||
        Number.isNaN(input.startsAt.getTime()) ||
        Number.isNaN(input.endsAt.getTime()))
    ) {
      return {
        ok: false,
        reason: "invalid",
        message: "A scheduled session needs a start and an end.",
        field: "startsAt",
      } as const;
    }
    if (scheduled && input.endsAt!.getTime() < input.startsAt!.getTime()) {
      return {
        ok: false,
        reason: "invalid",
        message: "The session cannot end before it starts.",
        field: "endsAt",
      } as const;
    }
    if (input.roomId !== null) {
      const room = t.select({ conferenceId: rooms.conferenceId }).from(rooms).where(eq(rooms.id, input.roomId)).get();
      if (!room || room.conferenceId !== forum.conferenceId)
        return {
          ok: false,
          reason: "invalid",
          message: "That room is not part of this conference.",
          field: "roomId",
        } as const;
    }

    const next = { roomId: input.roomId, startsAt: input.startsAt, endsAt: input.endsAt };
    const updated = t
      .update(sessions)
      .set({ ...next, version: session.version + 1, updatedAt: new Date() })
      .where(and(eq(sessions.id, session.id), eq(sessions.version, input.version)))
      .returning()
      .get();
    if (!updated)
      return {
        ok: false,
        reason: "stale",
        currentVersion: session.version,
        changesSince: changesSince(t, "session", session.id, input.version),
      } as const;
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId: forum.conferenceId,
      action: scheduled ? "session.schedule" : "session.unschedule",
      entityType: "session",
      entityId: session.id,
      changes: fieldChanges(session, next, scheduleFields),
      version: updated.version,
      details: { title: session.title },
    });
    return { ok: true, value: updated } as const;
  });
}
