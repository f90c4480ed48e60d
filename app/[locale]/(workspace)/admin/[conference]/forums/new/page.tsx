import { getTranslations } from "next-intl/server";
import { ForumForm } from "@/components/admin/forum-form";
import { getDb } from "@/db";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { loadWorkspace } from "../../load-workspace";
import { saveForumAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/forums/new">;

export default async function NewForumPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/forums/new", { organizersOnly: true });
  const t = await getTranslations({ locale, namespace: "forums" });
  return (
    <div>
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
