import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { emailVerifications, users } from "../schema";

// Proving an address: a link with 32 random bytes goes to the mailbox, and only
// the SHA-256 of its token is stored, so a copy of the database cannot confirm
// anything. A link works once, for 24 hours, and only the newest one works.
// The token is never shown on screen: only the mailbox has it.

export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
/** Links one account may ask for in an hour: enough for a lost email, too few to flood a mailbox. */
export const EMAIL_VERIFICATIONS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

export const hashVerificationToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export type IssueResult =
  | { ok: true; token: string; email: string; expiresAt: Date }
  | { ok: false; reason: "already-verified" | "not-found" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/** Makes a new confirmation link for the account's address (the caller mails it), unless it is confirmed or asked for too often. */
export function issueEmailVerification(db: Db, userId: number, now = new Date()): IssueResult {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const user = t
        .select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt })
        .from(users)
        .where(eq(users.id, userId))
        .get();
      if (!user) return { ok: false, reason: "not-found" } as const;
      if (user.emailVerifiedAt) return { ok: false, reason: "already-verified" } as const;
      const hourAgo = new Date(now.getTime() - HOUR_MS);
      const recent = t
        .select({ createdAt: emailVerifications.createdAt })
        .from(emailVerifications)
        .where(and(eq(emailVerifications.userId, userId), gt(emailVerifications.createdAt, hourAgo)))
        .orderBy(emailVerifications.createdAt)
        .all();
      if (recent.length >= EMAIL_VERIFICATIONS_PER_HOUR) {
        const oldest = recent[recent.length - EMAIL_VERIFICATIONS_PER_HOUR]!.createdAt;
        return {
          ok: false,
          reason: "rate-limited",
          retryAfterMinutes: Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 60_000)),
        } as const;
      }
      // Only the newest link works: an older one still in a mailbox (or a forwarded copy) stops.
      t.update(emailVerifications)
        .set({ expiresAt: now })
        .where(
          and(
            eq(emailVerifications.userId, userId),
            isNull(emailVerifications.usedAt),
            gt(emailVerifications.expiresAt, now),
          ),
        )
        .run();
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS);
      t.insert(emailVerifications)
        .values({ userId, email: user.email, tokenHash: hashVerificationToken(token), createdAt: now, expiresAt })
        .run();
      recordAudit(t, {
        userId,
        conferenceId: null,
        action: "account.email-verification-sent",
        entityType: "user",
        entityId: userId,
        details: { title: user.email },
      });
      return { ok: true, token, email: user.email, expiresAt } as const;
    },
    { behavior: "immediate" },
  );
}

export type VerificationState = { state: "valid"; email: string } | { state: "used" | "expired" | "unknown" };

/** What a link is, for its page: to confirm, already used, expired (or replaced), or not a link at all. */
export function inspectEmailVerification(db: Db, token: string, now = new Date()): VerificationState {
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

export type ConfirmResult = { ok: true; email: string } | { ok: false; reason: "used" | "expired" | "unknown" };

/** Uses the link: marks it used and the account's address as proved, in one transaction. */
export function confirmEmailVerification(db: Db, token: string, now = new Date()): ConfirmResult {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const found = inspectEmailVerification(t, token, now);
      if (found.state !== "valid") return { ok: false, reason: found.state } as const;
      const row = t
        .update(emailVerifications)
        .set({ usedAt: now })
        .where(and(eq(emailVerifications.tokenHash, hashVerificationToken(token)), isNull(emailVerifications.usedAt)))
        .returning({ userId: emailVerifications.userId })
        .get()!;
      t.update(users)
        .set({ emailVerifiedAt: now })
        .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)))
        .run();
      recordAudit(t, {
        userId: row.userId,
        conferenceId: null,
        action: "account.email-verified",
        entityType: "user",
        entityId: row.userId,
        details: { title: found.email },
      });
      return { ok: true, email: found.email } as const;
    },
    { behavior: "immediate" },
  );
}

/** Whether the account has proved its address, for /me. */
export function emailVerifiedAt(db: Db, userId: number): Date | null {
  return db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get()?.at ?? null;
}
