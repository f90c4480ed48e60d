import { eq } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import type { Db } from "../connection";
import { users } from "../schema";
import { credentialsSchema } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { clearAccountFailures, recordSignInFailure, retryAfterMinutes, signInRetryAfter } from "./sign-in-throttle";

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

/** What the sign-in token is made from. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/**
 * Checks email and password for the Credentials provider: refuses a throttled
 * account or address before looking at the password, counts failures, and on
 * success clears the account's failures and stamps lastSignInAt. Null means
 * wrong email or password (Auth.js turns it into CredentialsSignin).
 */
export async function authenticate(db: Db, input: unknown, address: string, now = new Date()): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCredentialsInputError();
  const { email, password } = parsed.data;
  const source = { email, address };
  const wait = signInRetryAfter(db, source, now);
  if (wait !== null) throw new SignInThrottledError(retryAfterMinutes(wait));

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) {
    recordSignInFailure(db, source, now);
    return null;
  }
  clearAccountFailures(db, email);
  db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id)).run();
  return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
