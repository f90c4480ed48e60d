import { EditLink } from "@/components/ui/data-table";
import { ListPage } from "@/components/ui/list-page";
import { NameCell } from "@/components/ui/name-cell";
import { getDb } from "@/db";
import { listSpeakers } from "@/db/queries/speakers";
import { matchesSearch } from "@/lib/admin/list-query";
import { translate } from "@/lib/domain/translations";
import { namesIn } from "@/lib/i18n/names";
import { loadList } from "../load-list";

type Props = PageProps<"/[locale]/admin/[conference]/speakers">;
const sorts = ["name", "organization", "sessions"] as const;

export default async function SpeakersPage(props: Props) {
  const { locale, viewer, conference, t, query, base, listPage } = await loadList(
    props,
    "/speakers",
    "speakersAdmin",
    sorts,
    "name",
  );
  const all = listSpeakers(getDb(), viewer, conference.id)
    .map((s) => ({
      ...s,
      ...namesIn(s, locale),
      affiliation: [translate(s, "organization", locale), translate(s, "position", locale)].filter(Boolean).join(" · "),
    }))
    .filter((s) => matchesSearch(query.q, s.name, s.other, s.slug, s.organization, s.position, s.affiliation));
  type Row = (typeof all)[number];
  const compare = {
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    organization: (a: Row, b: Row) => a.affiliation.localeCompare(b.affiliation, locale),
    sessions: (a: Row, b: Row) => a.sessionCount - b.sessionCount,
  }[query.sort];
  return (
    <ListPage
      {...listPage(all, compare)}
      create={{ href: `${base}/new`, label: t("new") }}
      intro={t("intro")}
      rowKey={(s) => s.id}
      columns={[
        { label: t("name"), sort: "name", cell: (s) => <NameCell {...s} /> },
        { label: t("organization"), sort: "organization", cell: (s) => s.affiliation || "—" },
        { label: t("sessions"), sort: "sessions", cell: (s) => s.sessionCount, className: "tabular-nums" },
      ]}
      action={(s) => (
        <EditLink href={`${base}/${s.id}`} name={s.name} editable={s.editable} otherwise={t("readOnly")} />
      )}
    />
  );
}
