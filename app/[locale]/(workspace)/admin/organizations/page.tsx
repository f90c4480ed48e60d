import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { EditLink } from "@/components/ui/data-table";
import { ListPage } from "@/components/ui/list-page";
import { NameCell } from "@/components/ui/name-cell";
import { Section } from "@/components/ui/section";
import { matchesSearch, paginate, parseListQuery } from "@/lib/admin/list-query";
import { can } from "@/lib/auth/permissions";
import { nameIn, namesIn, shortNameIn } from "@/lib/i18n/names";
import { saveOrganizationAction } from "./actions";
import { loadOrganizations } from "./load-organizations";

type Props = PageProps<"/[locale]/admin/organizations">;
const sorts = ["name", "slug", "uses"] as const;

export default async function OrganizationsPage({ params, searchParams }: Props) {
  const { locale, viewer, organizations } = await loadOrganizations(params, "");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "organizations" });
  const search = await searchParams;
  const query = parseListQuery(search, sorts, "name");
  const parentOf = new Map(organizations.map((o) => [o.id, nameIn(o, locale)]));
  const all = organizations
    .map((o) => ({
      ...o,
      ...namesIn(o, locale),
      short: o.shortName ? shortNameIn(o, locale) : null,
      parent: o.parentId === null ? null : (parentOf.get(o.parentId) ?? o.parentName),
    }))
    .filter((o) =>
      matchesSearch(query.q, o.name, o.other, o.shortName, o.slug, o.translations.en?.shortName, o.parent),
    );
  type Row = (typeof all)[number];
  const uses = (o: Row) => o.forumCount + o.speakerCount + o.memberCount + o.childCount;
  const compare = {
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    slug: (a: Row, b: Row) => a.slug.localeCompare(b.slug),
    uses: (a: Row, b: Row) => uses(a) - uses(b),
  }[query.sort];
  const page = paginate(all, query, compare);
  const list = { base: "/admin/organizations", query };
  return (
    <ListPage
      title={t("title")}
      locale={locale}
      saved={search.saved}
      intro={t("intro")}
      list={list}
      page={page}
      footer={
        can(viewer, { action: "organization.create" }) ? (
          <Section id="new-organization" title={t("new")}>
            <OrganizationForm
              organization={null}
              parents={[...parentOf]
                .map(([id, name]) => ({ id, name }))
                .sort((a, b) => a.name.localeCompare(b.name, locale))}
              save={saveOrganizationAction}
            />
          </Section>
        ) : null
      }
      rowKey={(o) => o.id}
      columns={[
        {
          label: t("name"),
          sort: "name",
          cell: (o) => <NameCell name={o.short ? `${o.name} (${o.short})` : o.name} other={o.other} />,
        },
        { label: t("slug"), sort: "slug", cell: (o) => <code>{o.slug}</code> },
        { label: t("parent"), cell: (o) => o.parent ?? "—" },
        {
          label: t("uses"),
          sort: "uses",
          cell: (o) =>
            t("usesSummary", {
              forums: o.forumCount,
              speakers: o.speakerCount,
              members: o.memberCount,
              children: o.childCount,
            }),
        },
      ]}
      action={(o) => (o.editable ? <EditLink href={`${list.base}/${o.id}`} name={o.name} /> : null)}
    />
  );
}
