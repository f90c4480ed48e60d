import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Conn, Tx } from "../../connection";
import type { AuditEntry } from "../../audit";
import { invitations, type Invitation } from "../../schema";
import { findSpeakerHere } from "../../queries/invitations";
import { fieldChanges } from "@/lib/audit/field-changes";
import type { Viewer } from "@/lib/auth/permissions";
import { assertCanManageSpeakerAccount } from "@/lib/auth/speaker-permissions";

// What the invitation writes share: the fields their audit entries keep (never the token
// or its hash), and the revoking of the invitations a newer one or an acceptance replaces.

export const audited = ["speakerId", "email", "expiresAt", "acceptedAt", "acceptedByUserId", "revokedAt"] as const;

export const findInvitation = (db: Conn, invitationId: number) =>
  db.select().from(invitations).where(eq(invitations.id, invitationId)).get();

/**
 * Resending and revoking check alike: the viewer, when they manage this conference's speaker
 * accounts (else refused) and the invitation is for one of its speakers; null when it is not.
 */
export function invitationManager(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  invitationId: number,
): Viewer | null {
  assertCanManageSpeakerAccount(viewer, { conferenceId });
  const found = findInvitation(db, invitationId);
  return found && findSpeakerHere(db, conferenceId, found.speakerId) ? viewer : null;
}

/**
 * Revokes the other pending invitations of a speaker (and of one email, when given), in the
 * caller's transaction; returns an audit entry for each.
 */
export function revokePending(
  tx: Tx,
  conferenceId: number,
  now: Date,
  speakerId: number,
  exceptId: number,
  email?: string,
): AuditEntry[] {
  const pending = and(
    eq(invitations.speakerId, speakerId),
    ne(invitations.id, exceptId),
    email ? eq(invitations.email, email) : undefined,
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, now),
  );
  return tx
    .select()
    .from(invitations)
    .where(pending)
    .all()
    .map((before: Invitation): AuditEntry => {
      const after = tx
        .update(invitations)
        .set({ revokedAt: now })
        .where(eq(invitations.id, before.id))
        .returning()
        .get();
      return {
        conferenceId,
        action: "invitation.revoke",
        entityType: "invitation",
        entityId: before.id,
        changes: fieldChanges(before, after, audited),
        details: { title: before.email, superseded: true },
      };
    });
}
