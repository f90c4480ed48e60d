import "server-only";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/db/auth/current-actor";

/** The signed-in actor, or off to the sign-in page (coming back here afterwards). */
export async function requireActor(returnTo: string) {
  const current = await getCurrentActor();
  if (!current) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return current;
}
