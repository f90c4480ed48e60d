import { eq } from "drizzle-orm";
import { z } from "zod";
import { invitations } from "../../schema";
import { invitationView, type InvitationView } from "../../queries/invitations";
import { fieldChanges } from "@/lib/audit/field-changes";
import { refuse, write, type Result, type WriteContext } from "../pipeline";
import { audited, findInvitation, invitationManager } from "./invitation-record";

/** Withdraws an invitation so its link stops working. Revoking twice changes nothing; a used one cannot be revoked. */
export function revokeInvitation(
  ctx: WriteContext,
  conferenceId: number,
  invitationId: number,
): Result<InvitationView> {
  return write(ctx, {
    authorize: ({ db, viewer }) => (invitationManager(db, viewer, conferenceId, invitationId) ? {} : null),
    schema: z.unknown(),
    input: null,
    run: (tx, _input, _scope, now) => {
      const before = findInvitation(tx, invitationId);
      if (!before) return refuse.notFound();
      if (before.revokedAt) return { value: invitationView(before), audit: [] };
      if (before.acceptedAt) return refuse.because("invitationAccepted");
      const after = tx
        .update(invitations)
        .set({ revokedAt: now })
        .where(eq(invitations.id, invitationId))
        .returning()
        .get();
      return {
        value: invitationView(after),
        audit: {
          conferenceId,
          action: "invitation.revoke",
          entityType: "invitation",
          entityId: invitationId,
          changes: fieldChanges(before, after, audited),
          details: { title: before.email },
        },
      };
    },
  });
}
