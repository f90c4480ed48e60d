import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { claimOf, findSignedInAccount, type SignedInAccount } from "./sign-ins";

/** The signed-in person, as pages and actions see them. */
export type CurrentUser = SignedInAccount;

/**
 * The user of the request's sign-in token, or null: no token, the user is gone,
 * the token's sign-in was ended (signed out, signed out everywhere, password
 * changed, organizer rights revoked) or has expired, or users.sessionVersion
 * moved on since the token was made. Reads cookies, so callers render behind <Suspense>.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Only for a real request: reading the token makes random values (Auth.js's CSRF
  // token) and compares expiry with the clock, which a (runtime) prerender refuses.
  await connection();
  const session = await auth();
  const claim = claimOf({
    sub: session?.user?.id,
    sessionVersion: session?.sessionVersion,
    signInId: session?.signInId,
  });
  return claim ? findSignedInAccount(getDb(), claim, new Date()) : null;
});
