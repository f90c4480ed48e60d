import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ListSearch, Pagination, SortHeader } from "@/components/admin/list-controls";
import { RoomForm } from "@/components/admin/room-form";
import { SavedNotice } from "@/components/ui/saved-notice";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listRooms } from "@/db/queries/rooms";
import { Link } from "@/i18n/navigation";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "../load-workspace";
import { saveRoomAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/rooms">;
const sorts = ["position", "name", "sessions"] as const;

export default function RoomsRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Rooms params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Rooms({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/rooms");
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "rooms" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "position");
  const all = listRooms(getDb(), viewer, conference.id).filter((r) =>
    matchesSearch(query.q, r.name, r.slug, r.translations.en?.name),
  );
  const compare = {
    position: (a: (typeof all)[0], b: (typeof all)[0]) => a.position - b.position,
    name: (a: (typeof all)[0], b: (typeof all)[0]) => a.name.localeCompare(b.name, locale),
    sessions: (a: (typeof all)[0], b: (typeof all)[0]) => a.sessionCount - b.sessionCount,
  }[query.sort];
  const { items, pages, total } = paginate(all, query, compare);
  const base = `/admin/${conference.slug}/rooms`;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <SavedNotice saved={search.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ListSearch action={base} query={query} />
      </div>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="position" label={t("position")} />
            <SortHeader base={base} query={query} sort="name" label={t("name")} />
            <th scope="col" className="py-2 pr-3">
              {t("slug")}
            </th>
            <SortHeader base={base} query={query} sort="sessions" label={t("sessions")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{tl("edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((r) => (
            <tr key={r.id}>
              <td className="py-2 pr-3 tabular-nums">{r.position}</td>
              <td className="py-2 pr-3">
                {r.name}
                {r.translations.en?.name ? (
                  <span className="block text-slate-600">{r.translations.en.name}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3">
                <code>{r.slug}</code>
              </td>
              <td className="py-2 pr-3 tabular-nums">{r.sessionCount}</td>
              <td className="py-2">
                <Link href={`${base}/${r.id}`} className="text-brand-700 underline">
                  {tl("edit")}
                  <span className="sr-only"> {r.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="mt-3 text-slate-600">{tl("empty")}</p> : null}
      <Pagination base={base} query={query} pages={pages} total={total} />
      <section aria-labelledby="new-room" className="mt-8 rounded-lg border border-slate-200 p-4">
        <h2 id="new-room" className="mb-3 text-lg font-semibold">
          {t("new")}
        </h2>
        <RoomForm conference={conference.slug} room={null} save={saveRoomAction} />
      </section>
    </div>
  );
}
