import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/admin/session-form";
import { getDb } from "@/db";
import { findSessionEditor, loadSessionEditorOptions, toSessionFormValues } from "@/db/queries/sessions";
import { translate } from "@/lib/domain/translations";
import { withNamesIn } from "@/lib/i18n/names";
import { loadEditor } from "../../load-workspace";
import { deleteSessionAction, saveSessionAction, searchSpeakersAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/sessions/[session]">;

export default async function SessionPage({ params }: Props) {
  const { session: rawId } = await params;
  const { locale, viewer, conference, editor } = await loadEditor(params, "/sessions", rawId, findSessionEditor);
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const { session } = editor;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">
        {t("edit", { title: translate(session, "title", locale) ?? session.title })}
      </h1>
      <SessionForm
        conference={{ ...conference, timeZone: options.timeZone }}
        session={toSessionFormValues(editor, options.timeZone)}
        forums={withNamesIn(options.forums, locale)}
        rooms={withNamesIn(options.rooms, locale)}
        tracks={withNamesIn(options.tracks, locale)}
        published={editor.published}
        save={saveSessionAction}
        remove={deleteSessionAction}
        search={searchSpeakersAction}
      />
    </div>
  );
}
