import "server-only";
import { redirect } from "next/navigation";
import { getViewer } from "@/db/auth/current-viewer";

/** The signed-in viewer, or off to the sign-in page (coming back here afterwards). */
export async function requireViewer(returnTo: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
