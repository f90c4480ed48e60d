import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import { requireViewerIn } from "../require-viewer";

/** Locale, signed-in viewer and the conference, or the sign-in page / a 404 for anyone without rights to it. */
export async function loadWorkspace(params: Promise<{ locale: string; conference: string }>, section: string) {
  const { locale: asked, conference: slug } = await params;
  const { locale, viewer } = await requireViewerIn(asked, `/admin/${slug}${section}`);
  // Without rights to a conference, the workspace does not reveal that it exists.
  const conference = findWorkspaceConference(getDb(), viewer, slug);
  if (!conference) notFound();
  return { locale, viewer, conference };
}
