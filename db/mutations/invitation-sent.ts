import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { invitations } from "../schema";

/**
 * Records that the invitation email went out. No viewer: only the server calls it, right after a
 * successful send for an invitation that createInvitation/resendInvitation authorized and returned.
 * False when the invitation no longer exists.
 */
export function markInvitationSent(db: Db, invitationId: number, now = new Date()): boolean {
  return (
    db
      .update(invitations)
      .set({ sentAt: now })
      .where(eq(invitations.id, invitationId))
      .returning({ id: invitations.id })
      .get() !== undefined
  );
}
