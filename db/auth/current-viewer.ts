import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import type { Viewer } from "@/lib/auth/permissions";
import { claimOf, findSignedInAccount } from "./sign-ins";
import { loadViewer } from "./viewer";

/**
 * The signed-in person with their rights, or null: no token, the account is gone,
 * the token's sign-in was ended (signed out, signed out everywhere, password
 * changed, organizer rights revoked) or has expired, or users.sessionVersion
 * moved on since the token was made. Reads cookies, so callers render behind <Suspense>.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Only for a real request: reading the token makes random values (Auth.js's CSRF
  // token) and compares expiry with the clock, which a (runtime) prerender refuses.
  await connection();
  const session = await auth();
  const claim = claimOf({
    sub: session?.user?.id,
    sessionVersion: session?.sessionVersion,
    signInId: session?.signInId,
  });
  const account = claim ? findSignedInAccount(getDb(), claim, new Date()) : null;
  return account ? loadViewer(getDb(), account.id) : null;
});
