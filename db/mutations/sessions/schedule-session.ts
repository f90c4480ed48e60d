import { eq } from "drizzle-orm";
import { z } from "zod";
import { loadForumScopes } from "../../auth/viewer";
import { rooms, sessions, type Session } from "../../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan } from "@/lib/auth/permissions";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { staleEdit } from "./session-record";

// An instant as code passes it (a Date) or as the schedule editor posts it (ISO 8601).
const instant = z.union([z.date(), z.iso.datetime().transform((v) => new Date(v))]).nullable();

/** Where the schedule editor puts a session, and the version it read; all three null put it back in the tray. */
export const placementSchema = z
  .object({
    version: z.number().int().positive(),
    roomId: z.number().int().positive().nullable(),
    startsAt: instant,
    endsAt: instant,
  })
  .refine((p) => (p.startsAt === null) === (p.endsAt === null), { path: ["startsAt"], message: "startAndEndTogether" })
  .refine((p) => !p.startsAt || !p.endsAt || p.endsAt.getTime() >= p.startsAt.getTime(), {
    path: ["endsAt"],
    message: "endBeforeStart",
  });
export type Placement = z.input<typeof placementSchema>;

const scheduleFields = ["roomId", "startsAt", "endsAt"] as const;

/**
 * Places a session in a room at a time, or back in the tray. Organizers of the conference
 * and forum editors of the session's forum may; conflicts are not refused here, the editor
 * shows them. Nothing is overwritten silently: the write only happens if the session is
 * still at the version the editor read.
 */
export function scheduleSession(ctx: WriteContext, sessionId: number, input: unknown): Result<Session> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      const session = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
      if (!session) return null;
      const forum = loadForumScopes(db, [session.forumId]).get(session.forumId)!;
      assertCan(viewer, { action: "forum.edit", forum });
      return { conferenceId: forum.conferenceId };
    },
    schema: placementSchema,
    input,
    run: (tx, { version, ...place }, { conferenceId }, now) => {
      if (place.roomId !== null) {
        const room = tx.select({ c: rooms.conferenceId }).from(rooms).where(eq(rooms.id, place.roomId)).get();
        if (room?.c !== conferenceId) return refuse.field("roomId", "notInConference", { kind: "room" });
      }
      const session = tx.select().from(sessions).where(eq(sessions.id, sessionId)).get();
      if (!session) return refuse.notFound();
      if (session.version !== version) return staleEdit(tx, session, version);
      const updated = tx
        .update(sessions)
        .set({ ...place, version: session.version + 1, updatedAt: now })
        .where(eq(sessions.id, session.id))
        .returning()
        .get();
      return {
        value: updated,
        audit: {
          conferenceId,
          action: place.startsAt ? "session.schedule" : "session.unschedule",
          entityType: "session",
          entityId: session.id,
          changes: fieldChanges(session, place, scheduleFields),
          version: updated.version,
          details: { title: session.title },
        },
      };
    },
  });
}
