import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ListSearch, Pagination, SortHeader } from "@/components/admin/list-controls";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SavedNotice } from "@/components/ui/saved-notice";
import { getDb } from "@/db";
import { listSpeakers, type SpeakerListItem } from "@/db/queries/speakers";
import { Link } from "@/i18n/navigation";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "../load-workspace";

type Props = PageProps<"/[locale]/admin/[conference]/speakers">;
const sorts = ["name", "organization", "sessions"] as const;

export default function SpeakersRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Speakers params={params} searchParams={searchParams} />
    </Suspense>
  );
}

const compare: Record<(typeof sorts)[number], (a: SpeakerListItem, b: SpeakerListItem) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
  organization: (a, b) => a.organization.localeCompare(b.organization, "zh-CN"),
  sessions: (a, b) => a.sessionCount - b.sessionCount,
};

async function Speakers({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/speakers");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "speakersAdmin" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "name");
  const all = listSpeakers(getDb(), viewer, conference.id).filter((s) =>
    matchesSearch(query.q, s.name, s.slug, s.organization, s.position, s.translations.en?.name),
  );
  const { items, pages, total } = paginate(all, query, compare[query.sort]);
  const base = `/admin/${conference.slug}/speakers`;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <SavedNotice saved={search.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <ListSearch action={base} query={query} />
          <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
            {t("new")}
          </Link>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="name" label={t("name")} />
            <SortHeader base={base} query={query} sort="organization" label={t("organization")} />
            <SortHeader base={base} query={query} sort="sessions" label={t("sessions")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{tl("edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((s) => (
            <tr key={s.id}>
              <td className="py-2 pr-3">
                {s.name}
                {s.translations.en?.name ? (
                  <span className="block text-slate-600">{s.translations.en.name}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{[s.organization, s.position].filter(Boolean).join(" · ") || "—"}</td>
              <td className="py-2 pr-3 tabular-nums">{s.sessionCount}</td>
              <td className="py-2">
                {s.editable ? (
                  <Link href={`${base}/${s.id}`} className="text-brand-700 underline">
                    {tl("edit")}
                    <span className="sr-only"> {s.name}</span>
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
