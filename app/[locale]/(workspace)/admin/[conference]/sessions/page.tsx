import { EditLink } from "@/components/ui/data-table";
import { ListPage } from "@/components/ui/list-page";
import { getDb } from "@/db";
import { listSessions, loadSessionEditorOptions } from "@/db/queries/sessions";
import { matchesSearch } from "@/lib/admin/list-query";
import { translate } from "@/lib/domain/translations";
import { sessionStatuses } from "@/lib/domain/vocabulary";
import { joinNames, nameIn } from "@/lib/i18n/names";
import { formatTimeRange } from "@/lib/time/format";
import { instantToLocalDate } from "@/lib/time/zoned";
import { loadList } from "../load-list";

type Props = PageProps<"/[locale]/admin/[conference]/sessions">;
const sorts = ["time", "title", "forum", "status"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function SessionsPage(props: Props) {
  const {
    locale,
    viewer,
    conference,
    t,
    search: raw,
    query,
    base,
    listPage,
  } = await loadList(props, "/sessions", "sessionsAdmin", sorts, "time");
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const filters = {
    forum: options.forums.some((f) => String(f.id) === one(raw.forum)) ? one(raw.forum) : "",
    status: sessionStatuses.find((s) => s === one(raw.status)) ?? "",
  };
  const all = listSessions(getDb(), viewer, conference.id)
    .map((s) => ({
      ...s,
      title: translate(s, "title", locale) ?? s.title,
      forum: nameIn({ name: s.forumName, translations: s.forumTranslations }, locale),
      room: s.roomName === null ? null : nameIn({ name: s.roomName, translations: s.roomTranslations }, locale),
      people: s.people.map((p) => nameIn(p, locale)),
    }))
    .filter(
      (s) =>
        (!filters.forum || String(s.forumId) === filters.forum) &&
        (!filters.status || s.status === filters.status) &&
        matchesSearch(query.q, s.title, s.translations.en?.title, s.forum, s.forumName, ...s.people),
    );
  type Row = (typeof all)[number];
  // Unscheduled sessions sort after every scheduled one.
  const at = (s: Row) => s.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const compare = {
    time: (a: Row, b: Row) => at(a) - at(b) || a.id - b.id,
    title: (a: Row, b: Row) => a.title.localeCompare(b.title, locale),
    forum: (a: Row, b: Row) => a.forum.localeCompare(b.forum, locale) || at(a) - at(b),
    status: (a: Row, b: Row) => sessionStatuses.indexOf(a.status) - sessionStatuses.indexOf(b.status) || at(a) - at(b),
  }[query.sort];
  const when = (s: Row) =>
    s.startsAt && s.endsAt
      ? `${instantToLocalDate(s.startsAt, options.timeZone)} ${formatTimeRange(s.startsAt, s.endsAt, options.timeZone, locale)}`
      : null;
  const choice = (all: string, values: Array<{ value: string; label: string }>) => [
    { value: "", label: all },
    ...values,
  ];
  return (
    <ListPage
      {...listPage(all, compare, filters)}
      create={{ href: `${base}/new`, label: t("new") }}
      intro={conference.access === "forumEditor" ? t("forumEditorHint") : null}
      selects={[
        {
          name: "forum",
          label: t("forum"),
          value: filters.forum,
          options: choice(
            t("allForums"),
            options.forums.map((f) => ({ value: String(f.id), label: nameIn(f, locale) })),
          ),
        },
        {
          name: "status",
          label: t("status"),
          value: filters.status,
          options: choice(
            t("allStatuses"),
            sessionStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ),
        },
      ]}
      rowKey={(s) => s.id}
      columns={[
        {
          label: t("sessionTitle"),
          sort: "title",
          cell: (s) => (
            <>
              {s.title}
              {s.people.length ? (
                <span className="block font-normal text-slate-600">{joinNames(s.people, locale)}</span>
              ) : null}
            </>
          ),
        },
        { label: t("forum"), sort: "forum", cell: (s) => s.forum },
        { label: t("kind"), cell: (s) => t(`kinds.${s.kind}`) },
        { label: t("status"), sort: "status", cell: (s) => t(`statuses.${s.status}`) },
        {
          label: t("time"),
          sort: "time",
          className: "tabular-nums",
          cell: (s) => (
            <>
              {when(s) ?? <span className="text-slate-500">{t("unscheduled")}</span>}
              {s.room ? <span className="block text-slate-600">{s.room}</span> : null}
            </>
          ),
        },
      ]}
      action={(s) => (s.editable ? <EditLink href={`${base}/${s.id}`} name={s.title} /> : null)}
    />
  );
}
