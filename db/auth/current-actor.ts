import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import type { Actor } from "@/lib/auth/permissions";
import { loadActor } from "./actor";
import { getCurrentUser, type CurrentUser } from "./current-user";

/** The signed-in person with their rights, or null. Reads cookies: render behind <Suspense>. */
export const getCurrentActor = cache(async (): Promise<{ user: CurrentUser; actor: Actor } | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const actor = loadActor(getDb(), user.id);
  return actor ? { user, actor } : null;
});
