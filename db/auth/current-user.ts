import "server-only";
import { eq } from "drizzle-orm";
import { connection } from "next/server";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { users } from "@/db/schema";

/** The signed-in person, as pages and actions see them. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
}

/**
 * The user of the request's sign-in token, or null: no token, the user is gone,
 * or the token predates a raise of users.sessionVersion (signed out everywhere).
 * Reads cookies, so callers render behind <Suspense>.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Only for a real request: reading the token makes random values (Auth.js's CSRF
  // token) and compares expiry with the clock, which a (runtime) prerender refuses.
  await connection();
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0 || typeof session?.sessionVersion !== "number") return null;
  const user = getDb()
    .select({ id: users.id, email: users.email, name: users.name, isPlatformAdmin: users.isPlatformAdmin, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
});
