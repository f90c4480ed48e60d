import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { emailVerifications, users } from "../schema";
import { hashVerificationToken, inspectEmailVerification } from "../queries/email-verification";
import { ownAccount, refuse, write, type Result, type WriteContext } from "../mutations/pipeline";
import type { ProblemCode } from "@/lib/errors/problem";

// Proving an address: a link with 32 random bytes goes to the mailbox, and only
// the SHA-256 of its token is stored, so a copy of the database cannot confirm
// anything. A link works once, for 24 hours, and only the newest one works.
// The token is never shown on screen: only the mailbox has it.

export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
/** Links one account may ask for in an hour: enough for a lost email, too few to flood a mailbox. */
export const EMAIL_VERIFICATIONS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/** A new confirmation link for the caller to mail: the token (only the mailbox gets it), the address and its end. */
export interface IssuedConfirmation {
  token: string;
  email: string;
  expiresAt: Date;
}

/**
 * Makes a new confirmation link for the signed-in account's address (the caller mails it); null
 * when the address is confirmed already. Refused when asked for too often.
 */
export function issueEmailVerification(ctx: WriteContext): Result<IssuedConfirmation | null> {
  return write(ctx, {
    immediate: true,
    authorize: ownAccount,
    schema: z.unknown(),
    input: null,
    run: (tx, _input, { userId }, now) => {
      const user = tx
        .select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt })
        .from(users)
        .where(eq(users.id, userId))
        .get();
      if (!user) return refuse.notFound();
      if (user.emailVerifiedAt) return { value: null, audit: [] };
      const hourAgo = new Date(now.getTime() - HOUR_MS);
      const recent = tx
        .select({ createdAt: emailVerifications.createdAt })
        .from(emailVerifications)
        .where(and(eq(emailVerifications.userId, userId), gt(emailVerifications.createdAt, hourAgo)))
        .orderBy(emailVerifications.createdAt)
        .all();
      if (recent.length >= EMAIL_VERIFICATIONS_PER_HOUR) {
        const oldest = recent[recent.length - EMAIL_VERIFICATIONS_PER_HOUR]!.createdAt;
        const minutes = Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 60_000));
        return refuse.because("confirmationsPerHour", { minutes });
      }
      // Only the newest link works: an older one still in a mailbox (or a forwarded copy) stops.
      tx.update(emailVerifications)
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
      tx.insert(emailVerifications)
        .values({ userId, email: user.email, tokenHash: hashVerificationToken(token), createdAt: now, expiresAt })
        .run();
      return {
        value: { token, email: user.email, expiresAt },
        audit: {
          conferenceId: null,
          action: "account.email-verification-sent",
          entityType: "user",
          entityId: userId,
          details: { title: user.email },
        },
      };
    },
  });
}

const unusable: Record<"used" | "expired" | "unknown", ProblemCode> = {
  used: "confirmationUsed",
  expired: "confirmationExpired",
  unknown: "confirmationInvalid",
};

/**
 * Uses the link: marks it used and the account's address as proved, in one transaction. The
 * token is the right (only that mailbox received it), so the entry is its account's, signed in or not.
 */
export function confirmEmailVerification(ctx: WriteContext, token: string): Result<{ email: string }> {
  return write(ctx, {
    immediate: true,
    authorize: () => ({}),
    schema: z.unknown(),
    input: null,
    run: (tx, _input, _scope, now) => {
      const found = inspectEmailVerification(tx, token, now);
      if (found.state !== "valid") return refuse.because(unusable[found.state]);
      const row = tx
        .update(emailVerifications)
        .set({ usedAt: now })
        .where(and(eq(emailVerifications.tokenHash, hashVerificationToken(token)), isNull(emailVerifications.usedAt)))
        .returning({ userId: emailVerifications.userId })
        .get()!;
      tx.update(users)
        .set({ emailVerifiedAt: now })
        .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)))
        .run();
      return {
        value: { email: found.email },
        audit: {
          userId: row.userId,
          conferenceId: null,
          action: "account.email-verified",
          entityType: "user",
          entityId: row.userId,
          details: { title: found.email },
        },
      };
    },
  });
}
