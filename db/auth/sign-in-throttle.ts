import { and, count, eq, gt, inArray, lte } from "drizzle-orm";
import type { Conn } from "../connection";
import { signIns, signInAttempts } from "../schema";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-address";

/**
 * Password checks are counted per client address (its group: IPv4 address, IPv6 /64)
 * and per account, in a sliding window:
 * - an address may fail 10 times in 15 minutes, whatever the accounts: one client
 *   cannot guess one password, nor spray many accounts, faster than that;
 * - an account may fail 30 times in 15 minutes, whatever the addresses: a guess
 *   spread over many addresses is slowed too. One address can never reach 30 on
 *   its own, so one attacker cannot lock anyone out;
 * - the account limit does not apply from an address the account signed in from
 *   (successfully) in the last 30 days, so even many addresses together cannot
 *   lock the owner out of their usual network. The address limit still does.
 * An attempt is reserved (written as a failure) before its password is checked, in
 * one IMMEDIATE transaction with the check of the counts, so parallel attempts
 * cannot all pass the check; a success takes its reservation back. Refused
 * attempts are not written, so a pause ends on time.
 */
export const SIGN_IN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAddress: 10,
  maxFailuresPerAccount: 30,
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
} as const;

/** Who is trying: the email typed (lower-cased), the client's address group, and the account if the email has one. */
export interface SignInSource {
  email: string;
  address: string;
  userId: number | null;
}

export type AttemptReservation = { ok: true; rowIds: number[] } | { ok: false; retryAfterMs: number };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** True when the account signed in from this address group within SIGN_IN_THROTTLE.knownAddressMs. */
function isKnownAddress(db: Conn, source: SignInSource, now: Date): boolean {
  if (source.userId === null || source.address === UNKNOWN_ADDRESS) return false;
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.knownAddressMs);
  const row = db
    .select({ id: signIns.id })
    .from(signIns)
    .where(and(eq(signIns.userId, source.userId), eq(signIns.address, source.address), gt(signIns.createdAt, since)))
    .limit(1)
    .get();
  return row !== undefined;
}

/** Milliseconds until `key` is below `limit` again, or 0. */
function waitFor(db: Conn, key: string, limit: number, now: Date): number {
  const windowStart = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
  const recent =
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), gt(signInAttempts.at, windowStart)))
      .get()?.n ?? 0;
  if (recent < limit) return 0;
  // Trying is allowed again once enough of the oldest failures leave the window.
  const rows = db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, key), gt(signInAttempts.at, windowStart)))
    .orderBy(signInAttempts.at)
    .limit(recent - limit + 1)
    .all();
  return Math.max(1, rows[rows.length - 1]!.at.getTime() + SIGN_IN_THROTTLE.windowMs - now.getTime());
}

/**
 * Checks the counts and, when the attempt may go ahead, records it as a failure,
 * all in one transaction (BEGIN IMMEDIATE: another process cannot interleave).
 * Call before the password check; on success, releaseSignInAttempt().
 */
export function reserveSignInAttempt(db: Conn, source: SignInSource, now: Date): AttemptReservation {
  const { windowMs, maxFailuresPerAddress, maxFailuresPerAccount } = SIGN_IN_THROTTLE;
  return db.transaction(
    (t) => {
      t.delete(signInAttempts)
        .where(lte(signInAttempts.at, new Date(now.getTime() - windowMs)))
        .run();
      const account = accountKey(source.email);
      const address = addressKey(source.address);
      const wait = Math.max(
        waitFor(t, address, maxFailuresPerAddress, now),
        isKnownAddress(t, source, now) ? 0 : waitFor(t, account, maxFailuresPerAccount, now),
      );
      if (wait > 0) return { ok: false, retryAfterMs: wait } as const;
      const rows = t
        .insert(signInAttempts)
        .values([
          { key: account, at: now },
          { key: address, at: now },
        ])
        .returning({ id: signInAttempts.id })
        .all();
      return { ok: true, rowIds: rows.map((r) => r.id) } as const;
    },
    { behavior: "immediate" },
  );
}

/** The password was right: the reserved attempt was no failure. Earlier failures stay until they age out. */
export function releaseSignInAttempt(db: Conn, reservation: { rowIds: number[] }): void {
  if (reservation.rowIds.length) db.delete(signInAttempts).where(inArray(signInAttempts.id, reservation.rowIds)).run();
}

/** Milliseconds until `source` may try again, or null when it may try now (for tests and diagnostics; reserving is the check). */
export function signInRetryAfter(db: Conn, source: SignInSource, now: Date): number | null {
  const { maxFailuresPerAddress, maxFailuresPerAccount } = SIGN_IN_THROTTLE;
  const wait = Math.max(
    waitFor(db, addressKey(source.address), maxFailuresPerAddress, now),
    isKnownAddress(db, source, now) ? 0 : waitFor(db, accountKey(source.email), maxFailuresPerAccount, now),
  );
  return wait > 0 ? wait : null;
}

export const retryAfterMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
