import "server-only";
import { getTranslations } from "next-intl/server";
import { paginate, parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "./load-workspace";

type ListProps = {
  params: Promise<{ locale: string; conference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What every list of a conference starts from: the workspace, its words, the list's query and address. */
export async function loadList<Sort extends string>(
  { params, searchParams }: ListProps,
  section: string,
  namespace: string,
  sorts: readonly Sort[],
  defaultSort: Sort,
) {
  const { locale, viewer, conference } = await loadWorkspace(params, section);
  const t = await getTranslations({ locale, namespace });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, defaultSort);
  const base = `/admin/${conference.slug}${section}`;
  /** What ListPage shows of every list alike: title, saved notice, and the page of `rows` the query asks for. */
  const listPage = <Row>(rows: Row[], compare: (a: Row, b: Row) => number, filters?: Record<string, string>) => ({
    title: t("title"),
    locale,
    saved: search.saved,
    list: filters ? { base, query, filters } : { base, query },
    page: paginate(rows, query, compare),
  });
  return { locale, viewer, conference, t, search, query, base, listPage };
}
