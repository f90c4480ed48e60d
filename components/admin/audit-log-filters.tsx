import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditFilterOptions } from "@/db/queries/audit-log-names";
import { auditActions } from "@/lib/audit/actions";
import type { LogFilters } from "@/lib/audit/log-filters";
import type { Locale } from "@/lib/domain/vocabulary";

const control = "mt-1 block max-w-72 rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** Person, session and action in one GET form: a filtered log is a link and needs no JavaScript. */
export async function AuditLogFilters({
  base,
  locale,
  filters,
  options,
}: {
  base: string;
  locale: Locale;
  filters: LogFilters;
  options: AuditFilterOptions;
}) {
  const t = await getTranslations({ locale, namespace: "auditLog" });
  const select = (
    name: string,
    label: string,
    any: string,
    value: number | string | undefined,
    items: Array<[string, string]>,
  ) => (
    <div>
      <label htmlFor={`log-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={`log-${name}`}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        className={control}
      >
        <option value="">{any}</option>
        {items.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const filtered = filters.person !== undefined || filters.session !== undefined || filters.action !== undefined;
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label={t("filters.legend")}
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      {select(
        "person",
        t("filters.person"),
        t("filters.anyone"),
        filters.person,
        options.people.map((p) => [String(p.id), p.name]),
      )}
      {select(
        "session",
        t("filters.session"),
        t("filters.anySession"),
        filters.session,
        options.sessions.map((s) => [String(s.id), s.title]),
      )}
      {select(
        "action",
        t("filters.action"),
        t("filters.anyAction"),
        filters.action,
        auditActions.map((a) => [a, t(`actionName.${a}`)]),
      )}
      <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
        {t("filters.apply")}
      </button>
      {filtered ? (
        <Link href={base} className="py-1.5 text-sm underline">
          {t("filters.clear")}
        </Link>
      ) : null}
    </form>
  );
}
