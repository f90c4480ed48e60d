import type { Db } from "@/db/connection";
import { invitations } from "@/db/schema";
import { invitationExpiry, newInvitationToken } from "@/lib/invitations/token";

/** A pending invitation written as a row, outside any inviter's hourly allowance: its id, and the token its link carries. */
export function insertPendingInvitation(
  db: Db,
  values: { speakerId: number; email: string; createdByUserId?: number },
): { id: number; token: string } {
  const { token, tokenHash } = newInvitationToken();
  const now = new Date();
  const { id } = db
    .insert(invitations)
    .values({ ...values, tokenHash, createdAt: now, expiresAt: invitationExpiry(now) })
    .returning()
    .get();
  return { id, token };
}
