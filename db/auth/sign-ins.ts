import { and, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import { ownAccount, write, type Result, type WriteContext } from "../mutations/pipeline";
import { signIns, users } from "../schema";

// A sign-in token (a JWT in a cookie) cannot be taken back once issued, so each
// successful sign-in gets a row and the token carries its id: the token is good
// only while its row is neither revoked nor expired, and while users.sessionVersion
// is the one it was made with.

/** How long a sign-in lasts without use (the cookie's lifetime too); every use extends it. */
export const SIGN_IN_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
// Extending on every request would write on every page view; once an hour is enough.
const EXTEND_AFTER_MS = 60 * 60 * 1000;

/** What a sign-in token says about itself. */
export interface SignInClaim {
  userId: number;
  signInId: number;
  sessionVersion: number;
}

/** What a decoded token claims, or null for a token without a sign-in row (made before rows existed, or forged shapes). */
export function claimOf(
  token: { sub?: unknown; sessionVersion?: unknown; signInId?: unknown } | null | undefined,
): SignInClaim | null {
  const userId = Number(token?.sub);
  const { sessionVersion, signInId } = token ?? {};
  if (
    !Number.isSafeInteger(userId) ||
    userId <= 0 ||
    typeof sessionVersion !== "number" ||
    typeof signInId !== "number"
  )
    return null;
  return { userId, sessionVersion, signInId };
}

export interface SignedInAccount {
  id: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
}

// Ended sign-ins are kept this long after they began: the throttle asks where an account signed in lately.
const KEEP_ENDED_MS = 30 * 24 * 60 * 60 * 1000;

/** Records a successful sign-in (its id goes into the token) and forgets the account's long-ended ones. `address` is the client's address group. */
export function startSignIn(
  db: Conn,
  input: { userId: number; address: string; userAgent: string },
  now: Date,
): number {
  const ended = or(isNotNull(signIns.revokedAt), lt(signIns.expiresAt, now));
  db.delete(signIns)
    .where(and(eq(signIns.userId, input.userId), lt(signIns.createdAt, new Date(now.getTime() - KEEP_ENDED_MS)), ended))
    .run();
  return db
    .insert(signIns)
    .values({
      userId: input.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_MAX_AGE_MS),
      lastSeenAt: now,
      address: input.address,
      userAgent: input.userAgent.slice(0, 300),
    })
    .returning({ id: signIns.id })
    .get().id;
}

/**
 * The account a token stands for, or null when its sign-in was revoked, has
 * expired or belongs to someone else, or the account's sessionVersion moved on.
 * Extends the sign-in's life on use.
 */
export function findSignedInAccount(db: Conn, claim: SignInClaim, now: Date): SignedInAccount | null {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isPlatformAdmin: users.isPlatformAdmin,
      lastSeenAt: signIns.lastSeenAt,
    })
    .from(signIns)
    .innerJoin(users, eq(users.id, signIns.userId))
    .where(
      and(
        eq(signIns.id, claim.signInId),
        eq(signIns.userId, claim.userId),
        isNull(signIns.revokedAt),
        gt(signIns.expiresAt, now),
        eq(users.sessionVersion, claim.sessionVersion),
      ),
    )
    .get();
  if (!row) return null;
  if (!row.lastSeenAt || now.getTime() - row.lastSeenAt.getTime() >= EXTEND_AFTER_MS) {
    db.update(signIns)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_MAX_AGE_MS) })
      .where(eq(signIns.id, claim.signInId))
      .run();
  }
  return { id: row.id, email: row.email, name: row.name, isPlatformAdmin: row.isPlatformAdmin };
}

/**
 * Signing out: ends this one sign-in for good (a copy of its cookie is worth nothing afterwards).
 * Its token is the right, and the entry is its account's: signing out needs no viewer.
 */
export function endSignIn(ctx: WriteContext, claim: Pick<SignInClaim, "userId" | "signInId">): Result<boolean> {
  return write(ctx, {
    authorize: () => ({}),
    schema: z.unknown(),
    input: null,
    run: (tx, _input, _scope, now) => {
      const ended = tx
        .update(signIns)
        .set({ revokedAt: now })
        .where(and(eq(signIns.id, claim.signInId), eq(signIns.userId, claim.userId), isNull(signIns.revokedAt)))
        .returning({ id: signIns.id })
        .get();
      if (!ended) return { value: false, audit: [] };
      return {
        value: true,
        audit: {
          userId: claim.userId,
          conferenceId: null,
          action: "account.sign-out",
          entityType: "user",
          entityId: claim.userId,
          details: { signIn: ended.id },
        },
      };
    },
  });
}

/**
 * Ends every sign-in of the account and raises its sessionVersion, so even a
 * token made before sign-in rows existed is refused. Runs in the caller's
 * transaction; the caller writes the audit entry that says why.
 */
export function endAllSignIns(db: Conn, userId: number, now: Date): number {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
  return db
    .update(signIns)
    .set({ revokedAt: now })
    .where(and(eq(signIns.userId, userId), isNull(signIns.revokedAt)))
    .returning({ id: signIns.id })
    .all().length;
}

/** "Sign out everywhere": every browser and device of the signed-in account must sign in again. */
export function signOutEverywhere(ctx: WriteContext): Result<number> {
  return write(ctx, {
    authorize: ownAccount,
    schema: z.unknown(),
    input: null,
    run: (tx, _input, { userId }, now) => {
      const ended = endAllSignIns(tx, userId, now);
      return {
        value: ended,
        audit: {
          conferenceId: null,
          action: "account.sign-out-everywhere",
          entityType: "user",
          entityId: userId,
          details: { signIns: ended },
        },
      };
    },
  });
}
