import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { ForumForm } from "@/components/admin/forum-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { loadWorkspace } from "../../load-workspace";
import { saveForumAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/forums/new">;

export default function NewForumRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <NewForum params={params} />
    </Suspense>
  );
}

async function NewForum({ params }: { params: Props["params"] }) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/forums/new");
  if (conference.access !== "organizer") notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "forums" });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("new")}</h1>
      <ForumForm
        conference={conference}
        forum={null}
        organizer
        organizations={listOrganizationChoices(getDb(), viewer, conference.id)}
        save={saveForumAction}
      />
    </div>
  );
}
