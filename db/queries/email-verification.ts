import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { emailVerifications, users } from "../schema";

// Only the SHA-256 of a confirmation link's token is stored: a copy of the database confirms nothing.
export const hashVerificationToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export type VerificationState = { state: "valid"; email: string } | { state: "used" | "expired" | "unknown" };

/** What a link is, for its page: to confirm, already used, expired (or replaced), or not a link at all. */
export function inspectEmailVerification(db: Conn, token: string, now = new Date()): VerificationState {
  const row = db
    .select({
      email: emailVerifications.email,
      usedAt: emailVerifications.usedAt,
      expiresAt: emailVerifications.expiresAt,
      current: users.email,
    })
    .from(emailVerifications)
    .innerJoin(users, eq(users.id, emailVerifications.userId))
    .where(eq(emailVerifications.tokenHash, hashVerificationToken(token)))
    .get();
  // A link for an address the account no longer has proves nothing about the one it has.
  if (!row || row.email !== row.current) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  return { state: "valid", email: row.email };
}

/** Whether the account has proved its address, for /me. */
export function emailVerifiedAt(db: Conn, userId: number): Date | null {
  return db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get()?.at ?? null;
}
