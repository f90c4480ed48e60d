import type { Metadata } from "next";
import { SessionPage } from "@/components/session/session-page";
import { neighboursInRoom } from "@/lib/programme/programme-view";
import { loadProgramme, shownOrNotFound } from "../../load-programme";
import { shownMetadata } from "../../page-metadata";

type Props = PageProps<"/[locale]/[conference]/sessions/[session]">;

async function findSession(params: Props["params"]) {
  const { locale, conference, session: guid } = await params;
  const loaded = await loadProgramme(locale, conference);
  const session = loaded?.view.sessions.find((s) => s.guid === guid);
  return loaded && session ? { loaded, session } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shownMetadata(findSession(params), ({ loaded, session }) => ({
    title: session.title,
    description: session.abstract || session.people.map((p) => p.name).join(loaded.locale === "zh-CN" ? "、" : ", "),
    path: `/sessions/${session.guid}`,
    type: "article",
    ownCard: true,
  }));
}

export default async function SessionRoute({ params }: Props) {
  const { loaded, session } = await shownOrNotFound(findSession(params));
  const { previous, next } = neighboursInRoom(loaded.view.sessions, session.guid);
  return (
    <SessionPage programme={loaded.view} session={session} previous={previous} next={next} locale={loaded.locale} />
  );
}
