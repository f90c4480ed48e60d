import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ListSearch, Pagination, SortHeader } from "@/components/admin/list-controls";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SavedNotice } from "@/components/ui/saved-notice";
import { getDb } from "@/db";
import { listForums, type ForumListItem } from "@/db/queries/forums";
import { Link } from "@/i18n/navigation";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "../load-workspace";

type Props = PageProps<"/[locale]/admin/[conference]/forums">;
const sorts = ["date", "name", "sessions"] as const;

export default function ForumsRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Forums params={params} searchParams={searchParams} />
    </Suspense>
  );
}

const compare: Record<(typeof sorts)[number], (a: ForumListItem, b: ForumListItem) => number> = {
  date: (a, b) => a.date.localeCompare(b.date) || a.position - b.position,
  name: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
  sessions: (a, b) => a.sessionCount - b.sessionCount,
};

async function Forums({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/forums");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "forums" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "date");
  const all = listForums(getDb(), viewer, conference.id).filter((f) =>
    matchesSearch(query.q, f.name, f.slug, f.theme, f.translations.en?.name, ...f.organizations.map((o) => o.name)),
  );
  const { items, pages, total } = paginate(all, query, compare[query.sort]);
  const base = `/admin/${conference.slug}/forums`;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <SavedNotice saved={search.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <ListSearch action={base} query={query} />
          {conference.access === "organizer" ? (
            <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
              {t("new")}
            </Link>
          ) : null}
        </div>
      </div>
      {conference.access === "forumEditor" ? (
        <p className="mt-2 text-sm text-slate-600">{t("forumEditorLimit")}</p>
      ) : null}
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="date" label={t("date")} />
            <SortHeader base={base} query={query} sort="name" label={t("name")} />
            <th scope="col" className="py-2 pr-3">
              {t("kind")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("organizations")}
            </th>
            <SortHeader base={base} query={query} sort="sessions" label={t("sessions")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{tl("edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((f) => (
            <tr key={f.id}>
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{f.date}</td>
              <td className="py-2 pr-3">
                {f.name}
                {f.translations.en?.name ? (
                  <span className="block text-slate-600">{f.translations.en.name}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{t(`kinds.${f.kind}`)}</td>
              <td className="py-2 pr-3">
                {f.organizations.map((o) => `${o.shortName ?? o.name}（${t(`roles.${o.role}`)}）`).join("、") || "—"}
              </td>
              <td className="py-2 pr-3 tabular-nums">{f.sessionCount}</td>
              <td className="py-2">
                {f.editable ? (
                  <Link href={`${base}/${f.id}`} className="text-brand-700 underline">
                    {tl("edit")}
                    <span className="sr-only"> {f.name}</span>
                  </Link>
                ) : (
                  <span className="text-slate-500">{t("readOnly")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="mt-3 text-slate-600">{tl("empty")}</p> : null}
      <Pagination base={base} query={query} pages={pages} total={total} />
    </div>
  );
}
