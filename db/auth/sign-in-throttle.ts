import { and, desc, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../connection";
import { signInAttempts } from "../schema";

// Failed sign-ins are counted per account and, separately, per client address:
// the first stops guessing one person's password, the second stops one client
// trying many accounts. Refused attempts are not counted, so a lockout ends on time.
export const SIGN_IN_THROTTLE = { maxFailures: 10, windowMs: 15 * 60 * 1000 } as const;

/** Who is trying: the email typed (lower-cased) and the client's address. */
export interface SignInSource {
  email: string;
  address: string;
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
const keysOf = (source: SignInSource) => [accountKey(source.email), addressKey(source.address)];

/** The client's address: the first hop of X-Forwarded-For (Next.js sets it to the peer when no proxy does), else "unknown". */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** Milliseconds until `source` may try again, or null when it may try now. */
export function signInRetryAfter(db: Db, source: SignInSource, now: Date): number | null {
  const { maxFailures, windowMs } = SIGN_IN_THROTTLE;
  let wait = 0;
  for (const key of keysOf(source)) {
    const recent = db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), gt(signInAttempts.at, new Date(now.getTime() - windowMs))))
      .orderBy(desc(signInAttempts.at))
      .limit(maxFailures)
      .all();
    // Trying is allowed again once the oldest of the last `maxFailures` failures leaves the window.
    if (recent.length === maxFailures) wait = Math.max(wait, recent[maxFailures - 1]!.at.getTime() + windowMs - now.getTime());
  }
  return wait > 0 ? wait : null;
}

export const retryAfterMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Counts a failed sign-in against the account and the address, and drops rows that have left the window. */
export function recordSignInFailure(db: Db, source: SignInSource, now: Date): void {
  db.transaction((tx) => {
    tx.insert(signInAttempts).values(keysOf(source).map((key) => ({ key, at: now }))).run();
    tx.delete(signInAttempts).where(lte(signInAttempts.at, new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs))).run();
  });
}

/** After a successful sign-in: the account starts afresh (its address keeps its count). */
export function clearAccountFailures(db: Db, email: string): void {
  db.delete(signInAttempts).where(eq(signInAttempts.key, accountKey(email))).run();
}
