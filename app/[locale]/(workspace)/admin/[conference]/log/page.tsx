import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listAuditLog } from "@/db/queries/audit-log";
import { Link } from "@/i18n/navigation";
import { formatTimeZoneLabel } from "@/lib/time/format";
import { loadWorkspace } from "../load-workspace";

type Props = PageProps<"/[locale]/admin/[conference]/log">;
const PAGE_SIZE = 50;

export default function LogRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Log params={params} searchParams={searchParams} />
    </Suspense>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

async function Log({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/log");
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auditLog" });
  const { page: rawPage } = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(typeof rawPage === "string" ? rawPage : "1", 10) || 1));
  const { rows, total } = listAuditLog(getDb(), viewer, conference.id, page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Shown in the conference's zone, like everything else about it.
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: conference.timeZone,
  });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {t("count", { count: total })} ·{" "}
        {formatTimeZoneLabel(conference.timeZone, new Date(`${conference.startDate}T12:00:00Z`))}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("when")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("who")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("what")}
              </th>
              <th scope="col" className="py-2">
                {t("changes")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{when.format(r.at)}</td>
                <td className="py-2 pr-3">{r.by ?? t("system")}</td>
                <td className="py-2 pr-3">
                  <code className="text-xs">{r.action}</code>
                  <span className="block text-slate-700">
                    {typeof r.details.title === "string" ? r.details.title : `${r.entityType} #${r.entityId}`}
                  </span>
                </td>
                <td className="py-2">
                  {Object.keys(r.changes).length ? (
                    <ul className="space-y-0.5">
                      {Object.entries(r.changes).map(([field, c]) => (
                        <li key={field}>
                          <span className="font-medium">{field}</span>: {show(c.before)} → {show(c.after)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">
                      {Object.keys(r.details).length ? JSON.stringify(r.details) : "—"}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
          {page > 1 ? <Link href={`/admin/${conference.slug}/log?page=${page - 1}`}>← {t("newer")}</Link> : null}
          <span>{t("page", { page, pages })}</span>
          {page < pages ? <Link href={`/admin/${conference.slug}/log?page=${page + 1}`}>{t("older")} →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
