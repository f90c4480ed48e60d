import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { SessionForm } from "@/components/admin/session-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { loadSessionEditorOptions } from "@/db/queries/sessions";
import { loadWorkspace } from "../../load-workspace";
import { saveSessionAction, searchSpeakersAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/sessions/new">;

export default function NewSessionRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <NewSession params={params} />
    </Suspense>
  );
}

async function NewSession({ params }: { params: Props["params"] }) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/sessions/new");
  setRequestLocale(locale);
  const options = loadSessionEditorOptions(getDb(), viewer, conference.id);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("new")}</h1>
      <SessionForm
        conference={{ ...conference, timeZone: options.timeZone }}
        session={null}
        forums={options.forums}
        rooms={options.rooms}
        tracks={options.tracks}
        published={false}
        save={saveSessionAction}
        search={searchSpeakersAction}
      />
    </div>
  );
}
