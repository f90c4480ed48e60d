import { eq } from "drizzle-orm";
import { z } from "zod";
import { sessions } from "../../schema";
import { deletedChanges } from "../form-fields";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { peopleOf } from "../../queries/sessions";
import { authorizeSession, sessionView, staleEdit, viewFields, type SessionTarget } from "./session-record";

/** Deletes a session and its people, if nobody changed it since `version` was read. Organizers, and forum editors of its forum. */
export function deleteSession(ctx: WriteContext, conferenceId: number, target: SessionTarget): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => authorizeSession(db, viewer, conferenceId, target.sessionId),
    schema: z.unknown(),
    input: null,
    run: (tx) => {
      const session = tx.select().from(sessions).where(eq(sessions.id, target.sessionId)).get();
      if (!session) return refuse.notFound();
      if (session.version !== target.version) return staleEdit(tx, session, target.version);
      const before = sessionView(session, peopleOf(tx, session.id));
      tx.delete(sessions).where(eq(sessions.id, session.id)).run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "session.delete",
          entityType: "session",
          entityId: session.id,
          changes: deletedChanges(before, viewFields),
          version: session.version + 1,
          details: { title: session.title },
        },
      };
    },
  });
}
