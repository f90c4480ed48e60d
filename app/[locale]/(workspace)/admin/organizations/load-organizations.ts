import "server-only";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listOrganizations } from "@/db/queries/organizations";
import { routing } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "../require-viewer";

/** Locale, signed-in viewer and every organization; a 404 for anyone who may not manage organizations. */
export async function loadOrganizations(params: Promise<{ locale: string }>, section: string) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const viewer = await requireViewer(`/admin/organizations${section}`);
  if (!can(viewer, { action: "organization.manage" })) notFound();
  return { locale, viewer, organizations: listOrganizations(getDb(), viewer) };
}
