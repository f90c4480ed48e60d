import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_DAYS = 14;

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

/** The SHA-256 of a token, in hex: the only form kept in the database. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token for the link (32 random bytes, base64url) and the hash to store. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** When an invitation made or resent at `now` stops working. */
export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

/** Revoked wins over accepted, which wins over expired: a revoked link must never read as usable or used. */
export function invitationStatus(
  inv: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationStatus {
  if (inv.revokedAt) return "revoked";
  if (inv.acceptedAt) return "accepted";
  if (now.getTime() >= inv.expiresAt.getTime()) return "expired";
  return "pending";
}
