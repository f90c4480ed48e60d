import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getDb, type Db } from "@/db";
import { findWorkspaceConference } from "@/db/queries/workspace-conferences";
import type { Viewer } from "@/lib/auth/permissions";
import { requireViewerIn } from "../require-viewer";

type WorkspaceParams = Promise<{ locale: string; conference: string }>;

/**
 * Locale, signed-in viewer and the conference, or the sign-in page / a 404 for anyone without rights to it
 * (a forum editor too, with `organizersOnly`); the request's locale is set for the page's texts.
 */
export async function loadWorkspace(params: WorkspaceParams, section: string, { organizersOnly = false } = {}) {
  const { locale: asked, conference: slug } = await params;
  const { locale, viewer } = await requireViewerIn(asked, `/admin/${slug}${section}`);
  // Without rights to a conference, the workspace does not reveal that it exists.
  const conference = findWorkspaceConference(getDb(), viewer, slug);
  if (!conference) notFound();
  if (organizersOnly && conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  return { locale, viewer, conference };
}

/** An edit page's opening: the workspace and the row its URL's id names, or a 404 unless the viewer may edit it. */
export async function loadEditor<Editor extends { editable: boolean }>(
  params: WorkspaceParams,
  section: string,
  rawId: string,
  find: (db: Db, viewer: Viewer, conferenceId: number, id: number) => Editor | null,
) {
  const workspace = await loadWorkspace(params, `${section}/${rawId}`);
  const { viewer, conference } = workspace;
  const editor = /^\d+$/.test(rawId) ? find(getDb(), viewer, conference.id, Number(rawId)) : null;
  if (!editor?.editable) notFound();
  return { ...workspace, editor };
}
