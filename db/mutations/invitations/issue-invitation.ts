import { and, count, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../connection";
import { invitations, speakers, type Invitation } from "../../schema";
import { findSpeakerHere } from "../../queries/invitations";
import { fieldChanges } from "@/lib/audit/field-changes";
import { emailSchema } from "@/lib/auth/credentials";
import { assertCanManageSpeakerAccount } from "@/lib/auth/speaker-permissions";
import { invitationExpiry, invitationStatus, newInvitationToken } from "@/lib/invitations/token";
import { refuse, write, type Refusal, type Result, type WriteContext, type Written } from "../pipeline";
import { audited, findInvitation, invitationManager, revokePending } from "./invitation-record";

/** At most this many invitation links an hour per inviter: each may send an email to anyone. */
export const INVITATIONS_PER_HOUR = 20;

/** A new invitation: the token, returned once for the link (only its hash is kept), and whom it names. */
export interface IssuedInvitation {
  invitation: Invitation;
  token: string;
  speakerName: string;
}

// Invitations give a person the profile to keep, so only the organizers of the profile's own
// conference (or a platform admin) manage them; a speaker of another conference is not found.

/** Invites a person by email to keep a speaker profile of this conference. */
export function createInvitation(
  ctx: WriteContext,
  conferenceId: number,
  speakerId: number,
  input: unknown,
): Result<IssuedInvitation> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCanManageSpeakerAccount(viewer, { conferenceId });
      return findSpeakerHere(db, conferenceId, speakerId) ? { viewer } : null;
    },
    schema: z.object({ email: emailSchema }),
    input,
    run: (tx, { email }, { viewer }, now) =>
      issue(tx, { conferenceId, speakerId, email, inviter: viewer.userId, now, action: "invitation.create" }),
  });
}

/**
 * A new link and a new 14 days for an invitation not yet used or revoked: a new invitation
 * replaces it, and the old link stops working.
 */
export function resendInvitation(ctx: WriteContext, conferenceId: number, invitationId: number) {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      const manager = invitationManager(db, viewer, conferenceId, invitationId);
      return manager && { viewer: manager };
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, { viewer }, now): Written<IssuedInvitation> | Refusal => {
      const found = findInvitation(tx, invitationId);
      if (!found) return refuse.notFound();
      const status = invitationStatus(found, now);
      if (status === "accepted" || status === "revoked") return refuse.because("invitationNotResendable");
      const issued = issue(tx, {
        conferenceId,
        speakerId: found.speakerId,
        email: found.email,
        inviter: viewer.userId,
        now,
        action: "invitation.resend",
      });
      if ("ok" in issued) return issued;
      // The invitation sent again stops working even when it had already expired.
      tx.update(invitations)
        .set({ revokedAt: now })
        .where(and(eq(invitations.id, found.id), isNull(invitations.revokedAt), isNull(invitations.acceptedAt)))
        .run();
      return issued;
    },
  });
}

interface Issue {
  conferenceId: number;
  speakerId: number;
  email: string;
  inviter: number;
  now: Date;
  action: "invitation.create" | "invitation.resend";
}

function issue(
  tx: Tx,
  { conferenceId, speakerId, email, inviter, now, action }: Issue,
): Written<IssuedInvitation> | Refusal {
  const speaker = tx.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  if (speaker.userId !== null) return refuse.because("alreadyLinked", { name: speaker.name });
  const since = new Date(now.getTime() - 60 * 60 * 1000);
  const made = tx
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.createdByUserId, inviter), gt(invitations.createdAt, since)))
    .get()!.n;
  if (made >= INVITATIONS_PER_HOUR) return refuse.because("invitationsPerHour", { count: made });
  const { token, tokenHash } = newInvitationToken();
  const invitation = tx
    .insert(invitations)
    .values({ speakerId, email, tokenHash, createdByUserId: inviter, createdAt: now, expiresAt: invitationExpiry(now) })
    .returning()
    .get();
  const superseded = revokePending(tx, conferenceId, now, speakerId, invitation.id, email);
  return {
    value: { invitation, token, speakerName: speaker.name },
    audit: [
      ...superseded,
      {
        conferenceId,
        action,
        entityType: "invitation",
        entityId: invitation.id,
        changes: fieldChanges({} as Invitation, invitation, audited),
        details: { title: speaker.name },
      },
    ],
  };
}
