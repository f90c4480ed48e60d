import { EditLink } from "@/components/ui/data-table";
import { ListPage } from "@/components/ui/list-page";
import { NameCell } from "@/components/ui/name-cell";
import { getDb } from "@/db";
import { listForums } from "@/db/queries/forums";
import { matchesSearch } from "@/lib/admin/list-query";
import { joinNames, namesIn, shortNameIn } from "@/lib/i18n/names";
import { loadList } from "../load-list";

type Props = PageProps<"/[locale]/admin/[conference]/forums">;
const sorts = ["date", "name", "sessions"] as const;

export default async function ForumsPage(props: Props) {
  const { locale, viewer, conference, t, query, base, listPage } = await loadList(
    props,
    "/forums",
    "forums",
    sorts,
    "date",
  );
  const all = listForums(getDb(), viewer, conference.id)
    .map((f) => ({
      ...f,
      ...namesIn(f, locale),
      organizationNames: f.organizations.map((o) =>
        t("organizationWithRole", { name: shortNameIn(o, locale), role: t(`roles.${o.role}`) }),
      ),
    }))
    .filter((f) => matchesSearch(query.q, f.name, f.other, f.slug, f.theme, ...f.organizationNames));
  type Row = (typeof all)[number];
  const compare = {
    date: (a: Row, b: Row) => a.date.localeCompare(b.date) || a.position - b.position,
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    sessions: (a: Row, b: Row) => a.sessionCount - b.sessionCount,
  }[query.sort];
  return (
    <ListPage
      {...listPage(all, compare)}
      create={conference.access === "organizer" ? { href: `${base}/new`, label: t("new") } : null}
      intro={conference.access === "forumEditor" ? t("forumEditorLimit") : null}
      rowKey={(f) => f.id}
      columns={[
        { label: t("name"), sort: "name", cell: (f) => <NameCell {...f} /> },
        { label: t("date"), sort: "date", cell: (f) => f.date, className: "whitespace-nowrap tabular-nums" },
        { label: t("kind"), cell: (f) => t(`kinds.${f.kind}`) },
        { label: t("organizations"), cell: (f) => joinNames(f.organizationNames, locale) || "—" },
        { label: t("sessions"), sort: "sessions", cell: (f) => f.sessionCount, className: "tabular-nums" },
      ]}
      action={(f) => (
        <EditLink href={`${base}/${f.id}`} name={f.name} editable={f.editable} otherwise={t("readOnly")} />
      )}
    />
  );
}
