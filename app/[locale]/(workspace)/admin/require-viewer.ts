import "server-only";
import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { getViewer } from "@/db/auth/current-viewer";
import { routing } from "@/i18n/routing";

/** The signed-in viewer, or off to the sign-in page (coming back here afterwards). */
export async function requireViewer(returnTo: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** A signed-in page's opening: its locale (a 404 for one Podium does not speak) and the signed-in viewer. */
export async function requireViewerIn(locale: string, returnTo: string) {
  if (!hasLocale(routing.locales, locale)) notFound();
  return { locale, viewer: await requireViewer(returnTo) };
}
