import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ListSearch, Pagination, SortHeader } from "@/components/admin/list-controls";
import { OrganizationForm } from "@/components/admin/organization-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { SavedNotice } from "@/components/ui/saved-notice";
import { Link } from "@/i18n/navigation";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { saveOrganizationAction } from "./actions";
import { loadOrganizations } from "./load-organizations";
import { can } from "@/lib/auth/permissions";

type Props = PageProps<"/[locale]/admin/organizations">;
const sorts = ["name", "slug", "uses"] as const;

export default function OrganizationsRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Organizations params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Organizations({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { locale, viewer, organizations } = await loadOrganizations(params, "");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "organizations" });
  const tl = await getTranslations({ locale, namespace: "adminList" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "name");
  const all = organizations.filter((o) =>
    matchesSearch(
      query.q,
      o.name,
      o.shortName,
      o.slug,
      o.translations.en?.name,
      o.translations.en?.shortName,
      o.parentName,
    ),
  );
  type Row = (typeof all)[number];
  const uses = (o: Row) => o.forumCount + o.speakerCount + o.memberCount + o.childCount;
  const compare = {
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    slug: (a: Row, b: Row) => a.slug.localeCompare(b.slug),
    uses: (a: Row, b: Row) => uses(a) - uses(b),
  }[query.sort];
  const { items, pages, total } = paginate(all, query, compare);
  const base = "/admin/organizations";
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} />
      <SavedNotice saved={search.saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ListSearch action={base} query={query} />
      </div>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="name" label={t("name")} />
            <SortHeader base={base} query={query} sort="slug" label={t("slug")} />
            <th scope="col" className="py-2 pr-3">
              {t("parent")}
            </th>
            <SortHeader base={base} query={query} sort="uses" label={t("uses")} />
            <th scope="col" className="py-2">
              <span className="sr-only">{tl("edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((o) => (
            <tr key={o.id}>
              <td className="py-2 pr-3">
                {o.name}
                {o.shortName ? <span className="text-slate-600"> ({o.shortName})</span> : null}
                {o.translations.en?.name ? (
                  <span className="block text-slate-600">{o.translations.en.name}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3">
                <code>{o.slug}</code>
              </td>
              <td className="py-2 pr-3">{o.parentName ?? "—"}</td>
              <td className="py-2 pr-3 text-slate-700">
                {t("usesSummary", {
                  forums: o.forumCount,
                  speakers: o.speakerCount,
                  members: o.memberCount,
                  children: o.childCount,
                })}
              </td>
              <td className="py-2">
                {o.editable ? (
                  <Link href={`${base}/${o.id}`} className="text-brand-700 underline">
                    {tl("edit")}
                    <span className="sr-only"> {o.name}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="mt-3 text-slate-600">{tl("empty")}</p> : null}
      <Pagination base={base} query={query} pages={pages} total={total} />
      {can(viewer, { action: "organization.create" }) ? (
        <section aria-labelledby="new-organization" className="mt-8 rounded-lg border border-slate-200 p-4">
          <h2 id="new-organization" className="mb-3 text-lg font-semibold">
            {t("new")}
          </h2>
          <OrganizationForm
            organization={null}
            parents={organizations
              .map((o) => ({ id: o.id, name: o.name }))
              .sort((a, b) => a.name.localeCompare(b.name, locale))}
            save={saveOrganizationAction}
          />
        </section>
      ) : null}
    </div>
  );
}
