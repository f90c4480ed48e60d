import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { FilteredPagination, FilteredSortHeader, ListFilters } from "@/components/admin/list-filters";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SavedNotice } from "@/components/ui/saved-notice";
import { getDb } from "@/db";
import { listSessions, loadSessionEditorOptions, type SessionListItem } from "@/db/queries/sessions";
import { Link } from "@/i18n/navigation";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { sessionStatuses } from "@/lib/domain/vocabulary";
import { formatTimeRange } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";
import { loadWorkspace } from "../load-workspace";

type Props = PageProps<"/[locale]/admin/[conference]/sessions">;
const sorts = ["time", "title", "forum", "status"] as const;

export default function SessionsRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Sessions params={params} searchParams={searchParams} />
    </Suspense>
  );
}

// Unscheduled sessions sort after every scheduled one.
const at = (s: SessionListItem) => s.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
const compare: Record<(typeof sorts)[number], (a: SessionListItem, b: SessionListItem) => number> = {
  time: (a, b) => at(a) - at(b) || a.id - b.id,
  title: (a, b) => a.title.localeCompare(b.title, "zh-CN"),
  forum: (a, b) => a.forumName.localeCompare(b.forumName, "zh-CN") || at(a) - at(b),
  status: (a, b) => sessionStatuses.indexOf(a.status) - sessionStatuses.indexOf(b.status) || at(a) - at(b),
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

async function Sessions({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/sessions");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const raw = await searchParams;
  const query = parseListQuery(raw, sorts, "time");
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const filters = {
    forum: options.forums.some((f) => String(f.id) === one(raw.forum)) ? one(raw.forum) : "",
    status: sessionStatuses.find((s) => s === one(raw.status)) ?? "",
  };
  const all = listSessions(getDb(), viewer, conference.id).filter(
    (s) =>
      (!filters.forum || String(s.forumId) === filters.forum) &&
      (!filters.status || s.status === filters.status) &&
      matchesSearch(query.q, s.title, s.translations.en?.title, s.forumName, ...s.people),
  );
  const { items, pages, total } = paginate(all, query, compare[query.sort]);
  const base = `/admin/${conference.slug}/sessions`;
  const when = (s: SessionListItem) =>
    s.startsAt && s.endsAt
      ? `${instantToLocalDate(s.startsAt, options.timeZone)} ${formatTimeRange(s.startsAt, s.endsAt, options.timeZone, locale)}`
      : null;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <SavedNotice saved={raw.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          {t("new")}
        </Link>
      </div>
      {conference.access === "forumEditor" ? (
        <p className="mt-2 text-sm text-slate-600">{t("forumEditorHint")}</p>
      ) : null}
      <div className="mt-3">
        <ListFilters
          action={base}
          query={query}
          selects={[
            {
              name: "forum",
              label: t("forum"),
              value: filters.forum,
              options: [
                { value: "", label: t("allForums") },
                ...options.forums.map((f) => ({ value: String(f.id), label: f.name })),
              ],
            },
            {
              name: "status",
              label: t("status"),
              value: filters.status,
              options: [
                { value: "", label: t("allStatuses") },
                ...sessionStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
              ],
            },
          ]}
        />
      </div>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <FilteredSortHeader base={base} query={query} filters={filters} sort="title" label={t("sessionTitle")} />
            <FilteredSortHeader base={base} query={query} filters={filters} sort="forum" label={t("forum")} />
            <th scope="col" className="py-2 pr-3">
              {t("kind")}
            </th>
            <FilteredSortHeader base={base} query={query} filters={filters} sort="status" label={t("status")} />
            <FilteredSortHeader base={base} query={query} filters={filters} sort="time" label={t("time")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{tl("edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {items.map((s) => (
            <tr key={s.id}>
              <td className="py-2 pr-3">
                {s.title}
                {s.people.length ? <span className="block text-slate-600">{s.people.join("、")}</span> : null}
              </td>
              <td className="py-2 pr-3">{s.forumName}</td>
              <td className="py-2 pr-3">{t(`kinds.${s.kind}`)}</td>
              <td className="py-2 pr-3">{t(`statuses.${s.status}`)}</td>
              <td className="py-2 pr-3 tabular-nums">
                {when(s) ?? <span className="text-slate-500">{t("unscheduled")}</span>}
                {s.roomName ? <span className="block text-slate-600">{s.roomName}</span> : null}
              </td>
              <td className="py-2">
                {s.editable ? (
                  <Link href={`${base}/${s.id}`} className="text-brand-700 underline">
                    {tl("edit")}
                    <span className="sr-only"> {s.title}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="mt-3 text-slate-600">{tl("empty")}</p> : null}
      <FilteredPagination base={base} query={query} filters={filters} pages={pages} total={total} />
    </div>
  );
}
