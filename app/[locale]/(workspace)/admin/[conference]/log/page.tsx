import { getTranslations } from "next-intl/server";
import { AuditLogFilters } from "@/components/admin/audit-log-filters";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { getDb } from "@/db";
import { listAuditLog } from "@/db/queries/audit-log";
import { loadAuditFilterOptions, loadAuditNames } from "@/db/queries/audit-log-names";
import { Link } from "@/i18n/navigation";
import { logSearch, parseLogFilters } from "@/lib/audit/log-filters";
import { loadWorkspace } from "../load-workspace";

type Props = PageProps<"/[locale]/admin/[conference]/log">;
const PAGE_SIZE = 50;

export default async function LogPage({ params, searchParams }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/log", { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: "auditLog" });
  const raw = await searchParams;
  const filters = parseLogFilters(raw);
  const rawPage = Array.isArray(raw.page) ? raw.page[0] : raw.page;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? "1", 10) || 1));
  const db = getDb();
  const { rows, total } = listAuditLog(db, viewer, conference.id, page, PAGE_SIZE, {
    userId: filters.person,
    sessionId: filters.session,
    action: filters.action,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const base = `/admin/${conference.slug}/log`;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("count", { count: total })}</p>
      <AuditLogFilters
        base={base}
        locale={locale}
        filters={filters}
        options={loadAuditFilterOptions(db, viewer, conference.id, locale)}
      />
      {rows.length ? (
        <AuditLogTable
          rows={rows}
          names={loadAuditNames(db, viewer, conference.id, locale)}
          locale={locale}
          timeZone={conference.timeZone}
          zoneAt={new Date(`${conference.startDate}T12:00:00Z`)}
          sessionHref={(id) => `${base}${logSearch({ session: Number(id) })}`}
        />
      ) : (
        <p className="mt-4 text-sm text-slate-600">{t("filters.none")}</p>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
          {page > 1 ? <Link href={`${base}${logSearch(filters, page - 1)}`}>← {t("newer")}</Link> : null}
          <span>{t("page", { page, pages })}</span>
          {page < pages ? <Link href={`${base}${logSearch(filters, page + 1)}`}>{t("older")} →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
