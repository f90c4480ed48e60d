import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listSearch, type ListQuery } from "@/lib/admin/list-query";
import { SearchField } from "./search-field";
import { SelectOptions } from "./select-options";

/** Where a workspace list stands: its path, its search/sort/page, and any filters (forum, status, …). */
export interface ListState<Sort extends string = string> {
  base: string;
  query: ListQuery<Sort>;
  filters?: Record<string, string>;
}

export interface ListSelect {
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
}

/** A link to the list with some of its state changed; the filters always go along. */
export function listHref<Sort extends string>(list: ListState<Sort>, changes: Partial<ListQuery<Sort>> = {}): string {
  const extra = new URLSearchParams(Object.entries(list.filters ?? {}).filter(([, v]) => v !== ""));
  return `${list.base}${listSearch(list.query, changes)}${extra.size ? `&${extra.toString()}` : ""}`;
}

/** Search text and filter selects in one GET form, so a filtered list is a link. */
export function ListControls({ list, selects = [] }: { list: ListState; selects?: ListSelect[] }) {
  const t = useTranslations("adminList");
  const field = "rounded-md border border-slate-300 px-2 py-1.5 text-sm max-sm:w-full";
  return (
    <form method="get" action={list.base} role="search" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="sort" value={list.query.sort} />
      {list.query.dir === "desc" ? <input type="hidden" name="dir" value="desc" /> : null}
      <SearchField
        id="list-search"
        label={t("search")}
        name="q"
        defaultValue={list.query.q}
        maxLength={100}
        placeholder={t("search")}
        className={`w-56 ${field}`}
      />
      {selects.map((s) => (
        <span key={s.name} className="max-sm:w-full">
          <label htmlFor={`filter-${s.name}`} className="sr-only">
            {s.label}
          </label>
          <select id={`filter-${s.name}`} name={s.name} defaultValue={s.value} className={`max-w-full ${field}`}>
            <SelectOptions options={s.options} />
          </select>
        </span>
      ))}
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        {t("go")}
      </button>
    </form>
  );
}

/** The count of a list and the links to its previous and next pages. */
export function ListPager({ list, pages, total }: { list: ListState; pages: number; total: number }) {
  const t = useTranslations("adminList");
  const { page } = list.query;
  return (
    <nav aria-label={t("pages")} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-600">{t("total", { count: total })}</span>
      {page > 1 ? <Link href={listHref(list, { page: page - 1 })}>← {t("previous")}</Link> : null}
      <span>{t("page", { page: Math.min(page, pages), pages })}</span>
      {page < pages ? <Link href={listHref(list, { page: page + 1 })}>{t("next")} →</Link> : null}
    </nav>
  );
}
