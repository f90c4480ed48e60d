import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { listWorkspaceConferences } from "@/db/queries/workspace-conferences";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/permissions";
import { formatDateRange } from "@/lib/time/format";
import { requireViewerIn } from "./require-viewer";
import { nameIn } from "@/lib/i18n/names";

export default async function WorkspacePage({ params }: PageProps<"/[locale]/admin">) {
  const { locale, viewer } = await requireViewerIn((await params).locale, "/admin");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const tn = await getTranslations({ locale, namespace: "newConference" });
  const conferences = listWorkspaceConferences(getDb(), viewer);
  // Speakers sign in at the same page as organizers; with nothing to manage, their place is their profile.
  if (
    conferences.length === 0 &&
    viewer.speakerIds.size > 0 &&
    !can(viewer, { action: "organization.manage" }) &&
    !viewer.isPlatformAdmin
  )
    redirect("/me");
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("conferences")}</h1>
        <div className="flex flex-wrap gap-2">
          {can(viewer, { action: "organization.manage" }) ? (
            <Link
              href="/admin/organizations"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium"
            >
              {t("organizations")}
            </Link>
          ) : null}
          {can(viewer, { action: "conference.create" }) ? (
            <Link
              href="/admin/conferences/new"
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white"
            >
              {tn("link")}
            </Link>
          ) : null}
        </div>
      </div>
      {conferences.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("noConferences")}</p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {conferences.map((c) => (
            <li key={c.id}>
              <Link
                href={`/admin/${c.slug}`}
                className="block rounded-lg border border-slate-200 p-4 hover:bg-slate-50"
              >
                <span className="block font-semibold">{nameIn(c, locale)}</span>
                <span className="block text-sm text-slate-600">{formatDateRange(c.startDate, c.endDate, locale)}</span>
                <span className="mt-1 block text-xs text-slate-600">
                  {t(`access.${c.access}`)} · {c.published ? t("published") : t("unpublished")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
