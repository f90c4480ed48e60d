import type { Metadata } from "next";
import { SpeakerPage } from "@/components/speaker/speaker-page";
import { sessionsOfSpeaker } from "@/lib/programme/programme-view";
import { loadProgramme, shownOrNotFound } from "../../load-programme";
import { shownMetadata } from "../../page-metadata";

type Props = PageProps<"/[locale]/[conference]/speakers/[speaker]">;

async function findSpeaker(params: Props["params"]) {
  const { locale, conference, speaker: slug } = await params;
  const loaded = await loadProgramme(locale, conference);
  const speaker = loaded?.view.speakers.find((s) => s.slug === slug);
  if (!loaded || !speaker) return null;
  const sessions = sessionsOfSpeaker(loaded.view.sessions, speaker.slug);
  // A speaker with no published session is not public yet.
  return sessions.length ? { loaded, speaker, sessions } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shownMetadata(findSpeaker(params), ({ speaker }) => ({
    title: speaker.name,
    description: speaker.affiliation || speaker.bio,
    path: `/speakers/${speaker.slug}`,
    type: "profile",
    ownCard: true,
  }));
}

export default async function SpeakerRoute({ params }: Props) {
  const { loaded, speaker, sessions } = await shownOrNotFound(findSpeaker(params));
  return <SpeakerPage programme={loaded.view} speaker={speaker} sessions={sessions} locale={loaded.locale} />;
}
