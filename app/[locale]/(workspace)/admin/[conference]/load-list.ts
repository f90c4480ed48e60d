import "server-only";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "./load-workspace";

type ListProps = {
  params: Promise<{ locale: string; conference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What every list of a conference starts from: the workspace, its words, and the list's query. */
export async function loadList<Sort extends string>(
  { params, searchParams }: ListProps,
  section: string,
  namespace: string,
  sorts: readonly Sort[],
  defaultSort: Sort,
) {
  const { locale, viewer, conference } = await loadWorkspace(params, section);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace });
  const search = await searchParams;
  return { locale, viewer, conference, t, search, query: parseListQuery(search, sorts, defaultSort) };
}
