import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { forums, sessionPeople, sessions, speakers } from "../../schema";
import { deletedChanges } from "../form-fields";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { authorizeSpeaker, conferenceZone, speakerView, viewFields, windowsOf } from "./speaker-record";

/** Deletes a speaker profile; refused while the speaker takes part in any session, which the refusal names. */
export function deleteSpeaker(ctx: WriteContext, conferenceId: number, speakerId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => authorizeSpeaker(db, viewer, conferenceId, speakerId),
    schema: z.unknown(),
    input: null,
    run: (tx) => {
      const speaker = tx.select().from(speakers).where(eq(speakers.id, speakerId)).get();
      if (!speaker) return refuse.notFound();
      const taking = tx
        .selectDistinct({ title: sessions.title, forum: forums.name })
        .from(sessionPeople)
        .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
        .innerJoin(forums, eq(forums.id, sessions.forumId))
        .where(eq(sessionPeople.speakerId, speakerId))
        .orderBy(asc(sessions.startsAt), asc(sessions.id))
        .all();
      if (taking.length > 0) {
        const named = taking.slice(0, 5).map((s) => `“${s.title}” (${s.forum})`);
        const list = named.join(", ") + (taking.length > 5 ? ", …" : "");
        return refuse.because("speakerInSessions", { name: speaker.name, count: taking.length, list });
      }
      const before = speakerView(speaker, windowsOf(tx, speakerId, conferenceId), conferenceZone(tx, conferenceId));
      tx.delete(speakers).where(eq(speakers.id, speakerId)).run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "speaker.delete",
          entityType: "speaker",
          entityId: speakerId,
          changes: deletedChanges(before, viewFields),
          details: { title: speaker.name },
        },
      };
    },
  });
}
