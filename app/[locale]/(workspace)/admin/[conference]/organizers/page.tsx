import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ListSearch, Pagination, SortHeader } from "@/components/admin/list-controls";
import { GrantOrganizerForm, RevokeOrganizerButton } from "@/components/admin/organizer-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SavedNotice } from "@/components/ui/saved-notice";
import { getDb } from "@/db";
import { listOrganizers } from "@/db/queries/organizers";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { loadWorkspace } from "../load-workspace";
import { grantOrganizerAction, revokeOrganizerAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/organizers">;
const sorts = ["email", "name", "since"] as const;

export default function OrganizersRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Organizers params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Organizers({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/organizers");
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "organizers" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "email");
  const all = listOrganizers(getDb(), viewer, conference.id).filter((o) => matchesSearch(query.q, o.email, o.name));
  type Row = (typeof all)[number];
  const compare = {
    email: (a: Row, b: Row) => a.email.localeCompare(b.email),
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    since: (a: Row, b: Row) => a.since.getTime() - b.since.getTime(),
  }[query.sort];
  const { items, pages, total } = paginate(all, query, compare);
  const base = `/admin/${conference.slug}/organizers`;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <SavedNotice saved={search.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ListSearch action={base} query={query} />
      </div>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="email" label={t("email")} />
            <SortHeader base={base} query={query} sort="name" label={t("name")} />
            <SortHeader base={base} query={query} sort="since" label={t("since")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{t("revoke")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((o) => (
            <tr key={o.userId}>
              <td className="py-2 pr-3">
                {o.email}
                {o.userId === viewer.userId ? <span className="ml-2 text-slate-600">{t("you")}</span> : null}
              </td>
              <td className="py-2 pr-3">{o.name}</td>
              <td className="py-2 pr-3 tabular-nums">
                <time dateTime={o.since.toISOString()}>{day.format(o.since)}</time>
              </td>
              <td className="py-2">
                <RevokeOrganizerButton
                  conference={conference.slug}
                  userId={o.userId}
                  email={o.email}
                  revoke={revokeOrganizerAction}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="mt-3 text-slate-600">{tl("empty")}</p> : null}
      <Pagination base={base} query={query} pages={pages} total={total} />
      <section aria-labelledby="grant-organizer" className="mt-8 rounded-lg border border-slate-200 p-4">
        <h2 id="grant-organizer" className="mb-3 text-lg font-semibold">
          {t("grantTitle")}
        </h2>
        <GrantOrganizerForm
          conference={conference.slug}
          grant={grantOrganizerAction}
          canGrantUnverified={viewer.isPlatformAdmin}
        />
      </section>
    </div>
  );
}
