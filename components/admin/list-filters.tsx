import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listSearch, type ListQuery } from "@/lib/admin/list-query";

export type Filters = Record<string, string>;

/** A list link that keeps its filters (forum, status, …) beside search, sort and page. */
export function filteredHref<Sort extends string>(
  base: string,
  query: ListQuery<Sort>,
  filters: Filters,
  changes: Partial<ListQuery<Sort>> = {},
): string {
  const extra = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ""));
  return `${base}${listSearch(query, changes)}${extra.size ? `&${extra.toString()}` : ""}`;
}

/** Search text and filter selects in one GET form, so a filtered list is a link. */
export function ListFilters({
  action,
  query,
  selects,
}: {
  action: string;
  query: ListQuery<string>;
  selects: Array<{ name: string; label: string; value: string; options: Array<{ value: string; label: string }> }>;
}) {
  const t = useTranslations("adminList");
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="sort" value={query.sort} />
      {query.dir === "desc" ? <input type="hidden" name="dir" value="desc" /> : null}
      <label htmlFor="list-search" className="sr-only">
        {t("search")}
      </label>
      <input
        id="list-search"
        name="q"
        type="search"
        defaultValue={query.q}
        maxLength={100}
        placeholder={t("search")}
        className="w-56 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
      />
      {selects.map((s) => (
        <span key={s.name}>
          <label htmlFor={`filter-${s.name}`} className="sr-only">
            {s.label}
          </label>
          <select
            id={`filter-${s.name}`}
            name={s.name}
            defaultValue={s.value}
            className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          >
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
      ))}
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        {t("go")}
      </button>
    </form>
  );
}

/** A sortable column header whose links keep the list's filters. */
export function FilteredSortHeader<Sort extends string>({
  base,
  query,
  filters,
  sort,
  label,
}: {
  base: string;
  query: ListQuery<Sort>;
  filters: Filters;
  sort: Sort;
  label: string;
}) {
  const active = query.sort === sort;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      className="py-2 pr-3"
    >
      <Link href={filteredHref(base, query, filters, { sort, dir, page: 1 })} className="hover:underline">
        {label}
        {active ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

export function FilteredPagination({
  base,
  query,
  filters,
  pages,
  total,
}: {
  base: string;
  query: ListQuery<string>;
  filters: Filters;
  pages: number;
  total: number;
}) {
  const t = useTranslations("adminList");
  return (
    <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
      <span className="text-slate-600">{t("total", { count: total })}</span>
      {query.page > 1 ? (
        <Link href={filteredHref(base, query, filters, { page: query.page - 1 })}>← {t("previous")}</Link>
      ) : null}
      <span>{t("page", { page: Math.min(query.page, pages), pages })}</span>
      {query.page < pages ? (
        <Link href={filteredHref(base, query, filters, { page: query.page + 1 })}>{t("next")} →</Link>
      ) : null}
    </nav>
  );
}
