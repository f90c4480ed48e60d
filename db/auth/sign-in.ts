import { eq } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import type { Conn } from "../connection";
import { users } from "../schema";
import { credentialsSchema } from "@/lib/auth/credentials";
import { addressGroup } from "@/lib/auth/client-address";
import { verifyPassword } from "@/lib/auth/password";
import { releaseSignInAttempt, reserveSignInAttempt, retryAfterMinutes } from "./sign-in-throttle";
import { startSignIn } from "./sign-ins";

// Auth.js passes a CredentialsSignin's `code` on: thrown from a Server Action's
// signIn() as this very error, or as `?error=CredentialsSignin&code=…` to scripts.
export class SignInThrottledError extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMinutes: number) {
    super(`Too many failed sign-ins; retry in ${retryAfterMinutes} min`);
  }
}

export class InvalidCredentialsInputError extends CredentialsSignin {
  code = "invalid-input";
}

/** Where an attempt comes from: the client's address as the page server saw it, and its browser. */
export interface SignInClient {
  address: string;
  userAgent?: string;
}

/** What the sign-in token is made from. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  /** The sign_ins row of this sign-in. */
  signInId: number;
}

export type PasswordCheck<U> =
  { ok: true; user: U; reservation: { rowIds: number[] } } | { ok: false; retryAfterMinutes?: number };

/**
 * Checks a password for `email` under the throttle: the attempt is reserved
 * (counted as a failure) before the slow hash comparison, so parallel guesses
 * cannot outrun the count. On success the caller keeps the attempt from
 * counting with releaseSignInAttempt(reservation). Also used to check the current password when
 * changing it, which is as good a guessing oracle as the sign-in form.
 */
export async function checkPassword<U extends { id: number; passwordHash: string | null }>(
  db: Conn,
  email: string,
  password: string,
  user: U | undefined,
  address: string,
  now: Date,
): Promise<PasswordCheck<U>> {
  const reservation = reserveSignInAttempt(db, { email, address, userId: user?.id ?? null }, now);
  if (!reservation.ok) return { ok: false, retryAfterMinutes: retryAfterMinutes(reservation.retryAfterMs) };
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) return { ok: false };
  return { ok: true, user, reservation };
}

/**
 * Checks email and password for the Credentials provider. Throws for malformed
 * input (not counted) and for a throttled account or address (refused before the
 * password is looked at). Null means wrong email or password (Auth.js turns it
 * into CredentialsSignin). On success records the sign-in and stamps lastSignInAt.
 */
export async function authenticate(
  db: Conn,
  input: unknown,
  client: SignInClient,
  now = new Date(),
): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCredentialsInputError();
  const { email, password } = parsed.data;
  const address = addressGroup(client.address);
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const check = await checkPassword(db, email, password, user, address, now);
  if (!check.ok) {
    if (check.retryAfterMinutes !== undefined) throw new SignInThrottledError(check.retryAfterMinutes);
    return null;
  }
  const signed = check.user;
  const signInId = db.transaction((t) => {
    releaseSignInAttempt(t, check.reservation);
    t.update(users).set({ lastSignInAt: now }).where(eq(users.id, signed.id)).run();
    return startSignIn(t, { userId: signed.id, address, userAgent: client.userAgent ?? "" }, now);
  });
  return {
    id: String(signed.id),
    email: signed.email,
    name: signed.name,
    sessionVersion: signed.sessionVersion,
    signInId,
  };
}
