import { notFound } from "next/navigation";
import { GrantOrganizerForm, RevokeOrganizerButton } from "@/components/admin/organizer-form";
import { ListPage } from "@/components/ui/list-page";
import { Section } from "@/components/ui/section";
import { getDb } from "@/db";
import { listOrganizers } from "@/db/queries/organizers";
import { matchesSearch } from "@/lib/admin/list-query";
import { loadList } from "../load-list";
import { grantOrganizerAction, revokeOrganizerAction } from "./actions";

type Props = PageProps<"/[locale]/admin/[conference]/organizers">;
const sorts = ["email", "name", "since"] as const;

export default async function OrganizersPage(props: Props) {
  const { locale, viewer, conference, t, query, listPage } = await loadList(
    props,
    "/organizers",
    "organizers",
    sorts,
    "email",
  );
  if (conference.access !== "organizer") notFound();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const all = listOrganizers(getDb(), viewer, conference.id).filter((o) => matchesSearch(query.q, o.email, o.name));
  type Row = (typeof all)[number];
  const compare = {
    email: (a: Row, b: Row) => a.email.localeCompare(b.email),
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    since: (a: Row, b: Row) => a.since.getTime() - b.since.getTime(),
  }[query.sort];
  return (
    <ListPage
      {...listPage(all, compare)}
      intro={t("intro")}
      footer={
        <Section id="grant-organizer" title={t("grantTitle")}>
          <GrantOrganizerForm
            conference={conference.slug}
            grant={grantOrganizerAction}
            canGrantUnverified={viewer.isPlatformAdmin}
          />
        </Section>
      }
      rowKey={(o) => o.userId}
      columns={[
        {
          label: t("email"),
          sort: "email",
          cell: (o) => (
            <>
              {o.email}
              {o.userId === viewer.userId ? <span className="ml-2 text-slate-600">{t("you")}</span> : null}
            </>
          ),
        },
        { label: t("name"), sort: "name", cell: (o) => o.name },
        {
          label: t("since"),
          sort: "since",
          cell: (o) => <time dateTime={o.since.toISOString()}>{day.format(o.since)}</time>,
          className: "tabular-nums",
        },
      ]}
      actionLabel={t("revoke")}
      action={(o) => (
        <RevokeOrganizerButton
          conference={conference.slug}
          userId={o.userId}
          email={o.email}
          revoke={revokeOrganizerAction}
        />
      )}
    />
  );
}
