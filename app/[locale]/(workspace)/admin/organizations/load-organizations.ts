import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listOrganizations } from "@/db/queries/organizations";
import { can } from "@/lib/auth/permissions";
import { requireViewerIn } from "../require-viewer";

/** Locale, signed-in viewer and every organization; a 404 for anyone who may not manage organizations. */
export async function loadOrganizations(params: Promise<{ locale: string }>, section: string) {
  const { locale, viewer } = await requireViewerIn((await params).locale, `/admin/organizations${section}`);
  if (!can(viewer, { action: "organization.manage" })) notFound();
  return { locale, viewer, organizations: listOrganizations(getDb(), viewer) };
}
