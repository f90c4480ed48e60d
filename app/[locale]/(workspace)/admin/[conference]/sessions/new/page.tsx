import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/admin/session-form";
import { getDb } from "@/db";
import { loadSessionEditorOptions } from "@/db/queries/sessions";
import { withNamesIn } from "@/lib/i18n/names";
import { loadWorkspace } from "../../load-workspace";
import { saveSessionAction, searchSpeakersAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/sessions/new">;

export default async function NewSessionPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/sessions/new");
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("new")}</h1>
      <SessionForm
        conference={{ ...conference, timeZone: options.timeZone }}
        session={null}
        forums={withNamesIn(options.forums, locale)}
        rooms={withNamesIn(options.rooms, locale)}
        tracks={withNamesIn(options.tracks, locale)}
        published={false}
        save={saveSessionAction}
        search={searchSpeakersAction}
      />
    </div>
  );
}
