import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SessionPage } from "@/components/session/session-page";
import { neighboursInRoom } from "@/lib/programme/programme-view";
import { loadProgramme } from "../../load-programme";
import { pageMetadata } from "../../page-metadata";

type Props = PageProps<"/[locale]/[conference]/sessions/[session]">;

async function findSession(params: Props["params"]) {
  const { locale, conference, session: guid } = await params;
  const loaded = await loadProgramme(locale, conference);
  const session = loaded?.view.sessions.find((s) => s.guid === guid);
  return loaded && session ? { loaded, session } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findSession(params);
  if (!found) return {};
  const { session } = found;
  const people = session.people.map((p) => p.name).join(found.loaded.locale === "zh-CN" ? "、" : ", ");
  return pageMetadata(found.loaded, {
    title: session.title,
    description: session.abstract || people,
    path: `/sessions/${session.guid}`,
    type: "article",
    ownCard: true,
  });
}

export default function SessionRoute({ params }: Props) {
  return <Session params={params} />;
}

async function Session({ params }: { params: Props["params"] }) {
  const found = await findSession(params);
  if (!found) notFound();
  const { loaded, session } = found;
  setRequestLocale(loaded.locale);
  const { previous, next } = neighboursInRoom(loaded.view.sessions, session.guid);
  return (
    <SessionPage programme={loaded.view} session={session} previous={previous} next={next} locale={loaded.locale} />
  );
}
