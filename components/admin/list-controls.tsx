import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listSearch, type ListQuery } from "@/lib/admin/list-query";

/** The search box of a workspace list: a GET form, so a filtered list is a link. */
export function ListSearch({ action, query }: { action: string; query: ListQuery<string> }) {
  const t = useTranslations("adminList");
  return (
    <form method="get" action={action} role="search" className="flex gap-2">
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
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        {t("go")}
      </button>
    </form>
  );
}

/** A sortable column header: a link that sorts by it, or reverses the direction when it already does. */
export function SortHeader<Sort extends string>({
  base,
  query,
  sort,
  label,
}: {
  base: string;
  query: ListQuery<Sort>;
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
      <Link href={`${base}${listSearch(query, { sort, dir, page: 1 })}`} className="hover:underline">
        {label}
        {active ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

export function Pagination({
  base,
  query,
  pages,
  total,
}: {
  base: string;
  query: ListQuery<string>;
  pages: number;
  total: number;
}) {
  const t = useTranslations("adminList");
  return (
    <nav aria-label={t("pages")} className="mt-3 flex items-center gap-3 text-sm">
      <span className="text-slate-600">{t("total", { count: total })}</span>
      {query.page > 1 ? (
        <Link href={`${base}${listSearch(query, { page: query.page - 1 })}`}>← {t("previous")}</Link>
      ) : null}
      <span>{t("page", { page: Math.min(query.page, pages), pages })}</span>
      {query.page < pages ? (
        <Link href={`${base}${listSearch(query, { page: query.page + 1 })}`}>{t("next")} →</Link>
      ) : null}
    </nav>
  );
}
