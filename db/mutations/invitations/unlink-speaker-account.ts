import { eq } from "drizzle-orm";
import { z } from "zod";
import { conferences, speakers, users } from "../../schema";
import { findSpeakerHere } from "../../queries/invitations";
import { assertCanManageSpeakerAccount } from "@/lib/auth/speaker-permissions";
import { refuse, write, type Result, type WriteContext } from "../pipeline";

/** Whom to tell that their account no longer keeps a profile: their address, the profile and its conference. */
export interface Unlinked {
  email: string;
  name: string;
  conference: string;
}

/**
 * Takes a speaker profile back from the account that maintains it (a person who left, a
 * wrong address): the account stays, it just no longer edits this profile. Organizers of
 * the profile's conference only; null when no account kept it.
 */
export function unlinkSpeakerAccount(
  ctx: WriteContext,
  conferenceId: number,
  speakerId: number,
): Result<Unlinked | null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCanManageSpeakerAccount(viewer, { conferenceId });
      return findSpeakerHere(db, conferenceId, speakerId) ? {} : null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx) => {
      const speaker = tx.select().from(speakers).where(eq(speakers.id, speakerId)).get();
      if (!speaker) return refuse.notFound();
      if (speaker.userId === null) return { value: null, audit: [] };
      const account = tx.select({ email: users.email }).from(users).where(eq(users.id, speaker.userId)).get();
      const { name: conference } = tx
        .select({ name: conferences.name })
        .from(conferences)
        .where(eq(conferences.id, conferenceId))
        .get()!;
      tx.update(speakers).set({ userId: null }).where(eq(speakers.id, speakerId)).run();
      return {
        value: account ? { email: account.email, name: speaker.name, conference } : null,
        audit: {
          conferenceId,
          action: "speaker.unlink-account",
          entityType: "speaker",
          entityId: speakerId,
          changes: { account: { before: account?.email ?? null, after: null } },
          details: { title: speaker.name },
        },
      };
    },
  });
}
