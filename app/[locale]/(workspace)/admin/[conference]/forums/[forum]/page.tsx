import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ForumForm } from "@/components/admin/forum-form";
import { getDb } from "@/db";
import { listForums } from "@/db/queries/forums";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { pairWithEnglish } from "@/lib/domain/translations";
import { loadWorkspace } from "../../load-workspace";
import { deleteForumAction, saveForumAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/forums/[forum]">;

export default async function ForumPage({ params }: Props) {
  const { forum: rawId } = await params;
  const { locale, viewer, conference } = await loadWorkspace(params, `/forums/${rawId}`);
  const forum = listForums(getDb(), viewer, conference.id).find((f) => String(f.id) === rawId);
  if (!forum?.editable) notFound();
  const t = await getTranslations({ locale, namespace: "forums" });
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { name: forum.name })}</h1>
      <ForumForm
        conference={conference}
        forum={{
          id: forum.id,
          ...pairWithEnglish(forum, ["name", "theme", "description"]),
          slug: forum.slug,
          kind: forum.kind,
          date: forum.date,
          position: String(forum.position),
          organizations: forum.organizations.map((o) => ({ organizationId: String(o.organizationId), role: o.role })),
        }}
        organizer={forum.manageable}
        organizations={listOrganizationChoices(getDb(), viewer, conference.id)}
        save={saveForumAction}
        remove={forum.manageable ? deleteForumAction : undefined}
      />
    </div>
  );
}
