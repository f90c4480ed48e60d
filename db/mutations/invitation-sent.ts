import { eq } from "drizzle-orm";
import { invitations } from "../schema";
import type { WriteContext } from "./pipeline";

/**
 * Records that the invitation email went out. Not through write(): there is nothing to
 * authorize or parse — only the server calls it, right after sending the mail of an
 * invitation that createInvitation/resendInvitation authorized, audited and returned — and
 * the time of a delivery is no change anyone made. False when the invitation no longer exists.
 */
export function markInvitationSent(ctx: WriteContext, invitationId: number): boolean {
  return (
    ctx.db
      .update(invitations)
      .set({ sentAt: ctx.now ?? new Date() })
      .where(eq(invitations.id, invitationId))
      .returning({ id: invitations.id })
      .get() !== undefined
  );
}
