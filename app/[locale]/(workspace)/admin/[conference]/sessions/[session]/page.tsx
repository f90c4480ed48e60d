import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { SessionForm } from "@/components/admin/session-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { findSessionEditor, loadSessionEditorOptions, toSessionFormValues } from "@/db/queries/sessions";
import { loadWorkspace } from "../../load-workspace";
import { deleteSessionAction, saveSessionAction, searchSpeakersAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/sessions/[session]">;

export default function SessionRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Session params={params} />
    </Suspense>
  );
}

async function Session({ params }: { params: Props["params"] }) {
  const { session: rawId } = await params;
  const { locale, viewer, conference } = await loadWorkspace(params, `/sessions/${rawId}`);
  setRequestLocale(locale);
  const editor = /^\d+$/.test(rawId) ? findSessionEditor(getDb(), viewer, conference.id, Number(rawId)) : null;
  if (!editor?.editable) notFound();
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const { session } = editor;
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("edit", { title: session.title })}</h1>
      <SessionForm
        conference={{ ...conference, timeZone: options.timeZone }}
        session={toSessionFormValues(editor, options.timeZone)}
        forums={options.forums}
        rooms={options.rooms}
        tracks={options.tracks}
        published={editor.published}
        save={saveSessionAction}
        remove={deleteSessionAction}
        search={searchSpeakersAction}
      />
    </div>
  );
}
