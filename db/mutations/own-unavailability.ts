import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { findTimeZone } from "../queries/conferences";
import { takingPart } from "../queries/my-sessions";
import { forums, sessionPeople, sessions, speakerUnavailability, speakers } from "../schema";
import { jsonRows } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertOwnProfile } from "@/lib/auth/speaker-permissions";
import { zonedToInstant } from "@/lib/time/zoned";
import { write, type Result, type WriteContext } from "./pipeline";
import { unavailableRow } from "./speakers/speaker-form";
import { windowsAsText, windowsOf } from "./speakers/speaker-record";

export const ownUnavailabilitySchema = z.object({ unavailability: jsonRows(unavailableRow, 50) });

/** Whether the speaker takes part in a (non-draft) session of the conference: the only conferences they may tell about their time. */
function takesPartIn(db: Conn, speakerId: number, conferenceId: number): boolean {
  return (
    db
      .select({ id: sessions.id })
      .from(sessionPeople)
      .innerJoin(sessions, eq(sessions.id, sessionPeople.sessionId))
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(and(takingPart([speakerId]), eq(forums.conferenceId, conferenceId)))
      .limit(1)
      .get() !== undefined
  );
}

/**
 * Replaces the times the signed-in speaker cannot speak at one conference (local times of
 * the conference). Only for their own profile, and only at a conference where they take
 * part; the conference's log records it.
 */
export function updateOwnUnavailability(
  ctx: WriteContext,
  speakerId: number,
  conferenceId: number,
  input: unknown,
): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertOwnProfile(viewer, speakerId);
      const timeZone = findTimeZone(db, conferenceId);
      // Each profile belongs to one conference: times are told to that conference only.
      const profile = db
        .select({ conferenceId: speakers.conferenceId, name: speakers.name })
        .from(speakers)
        .where(eq(speakers.id, speakerId))
        .get();
      if (timeZone === undefined || profile?.conferenceId !== conferenceId || !takesPartIn(db, speakerId, conferenceId))
        return null;
      return { timeZone, name: profile.name };
    },
    schema: ownUnavailabilitySchema,
    input,
    run: (tx, { unavailability }, { timeZone, name }) => {
      const windows = unavailability.map((w) => ({
        startsAt: zonedToInstant(w.startsAt, timeZone),
        endsAt: zonedToInstant(w.endsAt, timeZone),
        note: w.note,
      }));
      const before = windowsOf(tx, speakerId, conferenceId);
      tx.delete(speakerUnavailability)
        .where(
          and(eq(speakerUnavailability.speakerId, speakerId), eq(speakerUnavailability.conferenceId, conferenceId)),
        )
        .run();
      if (windows.length)
        tx.insert(speakerUnavailability)
          .values(windows.map((w) => ({ ...w, speakerId, conferenceId })))
          .run();
      return {
        value: null,
        audit: {
          conferenceId,
          action: "speaker.unavailability-own",
          entityType: "speaker",
          entityId: speakerId,
          changes: fieldChanges(
            { unavailability: windowsAsText(before, timeZone) },
            { unavailability: windowsAsText(windows, timeZone) },
            ["unavailability"],
          ),
          details: { title: name },
        },
      };
    },
  });
}
