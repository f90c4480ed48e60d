import "server-only";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { routing } from "@/i18n/routing";
import { requireViewer } from "../require-viewer";

/** Locale, signed-in viewer and the conference, or the sign-in page / a 404 for anyone without rights to it. */
export async function loadWorkspace(params: Promise<{ locale: string; conference: string }>, section: string) {
  const { locale, conference: slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const viewer = await requireViewer(`/admin/${slug}${section}`);
  // Without rights to a conference, the workspace does not reveal that it exists.
  const conference = findWorkspaceConference(getDb(), viewer, slug);
  if (!conference) notFound();
  return { locale, viewer, conference };
}
