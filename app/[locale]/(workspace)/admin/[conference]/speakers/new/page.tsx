import { getTranslations } from "next-intl/server";
import { SpeakerForm } from "@/components/admin/speaker-form";
import { getDb } from "@/db";
import { listOrganizationChoices } from "@/db/queries/organization-choices";
import { findConferenceTimeZone } from "@/db/queries/speakers";
import { loadWorkspace } from "../../load-workspace";
import { saveSpeakerAction } from "../actions";

type Props = PageProps<"/[locale]/admin/[conference]/speakers/new">;

export default async function NewSpeakerPage({ params }: Props) {
  const { locale, viewer, conference } = await loadWorkspace(params, "/speakers/new");
  const t = await getTranslations({ locale, namespace: "speakersAdmin" });
  return (
    <div>
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
