import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import { SpeakerForm } from "@/components/admin/speaker-form";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { getDb } from "@/db";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { findConferenceTimeZone } from "@/db/queries/speakers";
import { loadWorkspace } from "../../load-workspace";
import { saveSpeakerAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/speakers/new">;

export default function NewSpeakerRoute({ params }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <NewSpeaker params={params} />
    </Suspense>
  );
}

async function NewSpeaker({ params }: { params: Props["params"] }) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/speakers/new");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "speakersAdmin" });
  return (
    <div>
      <AdminBar viewer={viewer} locale={locale} conference={conference} />
      <h1 className="mb-4 text-2xl font-bold">{t("new")}</h1>
      <SpeakerForm
        conference={{ ...conference, timeZone: findConferenceTimeZone(getDb(), viewer, conference.id) }}
        speaker={null}
        organizations={listOrganizationChoices(getDb(), viewer, conference.id)}
        save={saveSpeakerAction}
      />
    </div>
  );
}
