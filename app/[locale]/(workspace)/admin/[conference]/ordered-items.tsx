import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EditLink, type Column } from "@/components/ui/data-table";
import { ListPage } from "@/components/ui/list-page";
import { NameCell } from "@/components/ui/name-cell";
import { Section } from "@/components/ui/section";
import { getDb } from "@/db";
import type { Db } from "@/db/connection";
import type { WorkspaceConference } from "@/db/queries/workspace-conferences";
import { paginate, parseListQuery } from "@/lib/admin/list-query";
import { orderedItemList, orderedItemSorts } from "@/lib/admin/ordered-items";
import type { Viewer } from "@/lib/auth/permissions";
import type { Translations } from "@/lib/domain/translations";
import { namesIn } from "@/lib/i18n/names";
import { loadWorkspace } from "./load-workspace";

// Rooms and tracks are the same kind of thing to an organizer: named, ordered, used by sessions.
interface Item {
  id: number;
  name: string;
  slug: string;
  position: number;
  sessionCount: number;
  translations: Translations<"name">;
}
type Kind = "room" | "track";
type SharedFields = { id: number; name: string; nameEn: string; slug: string; position: string };
type Load<Row> = (db: Db, viewer: Viewer | null, conferenceId: number) => Row[];
type Params = Promise<{ locale: string; conference: string }>;

async function load<Row extends Item>(kind: Kind, params: Params, section: string, rows: Load<Row>) {
  const { locale, viewer, conference } = await loadWorkspace(params, `/${kind}s${section}`, { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: `${kind}s` });
  return { locale, conference, t, items: rows(getDb(), viewer, conference.id) };
}

/** The list of a conference's rooms or tracks, with the form for a new one under it. */
export async function OrderedItemsPage<Row extends Item>({
  kind,
  params,
  searchParams,
  rows,
  own,
  form,
}: {
  kind: Kind;
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  rows: Load<Row>;
  /** The column of the kind's own field (capacity, colour). */
  own: (t: (key: string) => string) => Column<Row>;
  form: (conference: WorkspaceConference) => ReactNode;
}) {
  const { locale, conference, t, items: all } = await load(kind, params, "", rows);
  const search = await searchParams;
  const query = parseListQuery(search, orderedItemSorts, "position");
  const named = all.map((r) => ({ ...r, ...namesIn(r, locale) }));
  const { rows: found, compare } = orderedItemList(named, query.q, query.sort, locale);
  const page = paginate(found, query, compare);
  const list = { base: `/admin/${conference.slug}/${kind}s`, query };
  return (
    <ListPage
      title={t("title")}
      locale={locale}
      saved={search.saved}
      list={list}
      page={page}
      footer={
        <Section id={`new-${kind}`} title={t("new")}>
          {form(conference)}
        </Section>
      }
      rowKey={(r) => r.id}
      columns={[
        { label: t("name"), sort: "name", cell: (r) => <NameCell {...r} /> },
        { label: t("position"), sort: "position", cell: (r) => r.position, className: "tabular-nums" },
        { label: t("slug"), cell: (r) => <code>{r.slug}</code> },
        own(t) as Column<(typeof page.items)[number]>,
        { label: t("sessions"), sort: "sessions", cell: (r) => r.sessionCount, className: "tabular-nums" },
      ]}
      action={(r) => <EditLink href={`${list.base}/${r.id}`} name={r.name} />}
    />
  );
}

/** One room or track to edit: its form, filled with what is saved; a 404 for an unknown id. */
export async function OrderedItemPage<Row extends Item>({
  kind,
  params,
  id,
  rows,
  form,
}: {
  kind: Kind;
  params: Params;
  id: string;
  rows: Load<Row>;
  /** The form, given the fields both kinds share as the form shows them, and the row for the kind's own. */
  form: (conference: WorkspaceConference, fields: SharedFields, item: Row) => ReactNode;
}) {
  const { conference, t, items } = await load(kind, params, `/${id}`, rows);
  const item = items.find((r) => String(r.id) === id);
  if (!item) notFound();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: item.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("usedBy", { count: item.sessionCount })}</p>
      {form(
        conference,
        {
          id: item.id,
          name: item.name,
          nameEn: item.translations.en?.name ?? "",
          slug: item.slug,
          position: String(item.position),
        },
        item,
      )}
    </div>
  );
}
