import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { MyAgendaPage } from "@/components/session/my-agenda-page";
import { getReleaseHistory } from "@/db/queries/public";
import { parseGuidList } from "@/lib/programme/guid-list";
import { changesOfSessions } from "@/lib/release/agenda-changes";
import { siteUrl } from "@/lib/site-url";
import { requireProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/my-agenda">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A personal page: nothing for search engines.
  return sectionMetadata(params, "myAgenda", "/my-agenda", { robots: { index: false } });
}

export default function MyAgendaRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <MyAgenda params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function MyAgenda({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { conference, loaded } = await requireProgramme(params);
  const { sessions: raw } = await searchParams;
  const requested = raw === undefined ? null : parseGuidList(raw);
  const wanted = new Set(requested ?? []);
  const sessions = loaded.view.sessions.filter((s) => wanted.has(s.guid));
  // Every release's changes to the starred sessions, read from the history cached under the
  // revision; the browser picks those after the release it last saw.
  const history = await getReleaseHistory({ conference, revision: loaded.release.revision });
  const t = await getTranslations({ locale: loaded.locale, namespace: "changelog" });
  const say = (key: string, values?: Record<string, string | number>) => t(key as "title", values);
  const changes = changesOfSessions(history ?? [], wanted, loaded.locale, say);
  return (
    <MyAgendaPage
      programme={loaded.view}
      requested={requested}
      sessions={sessions}
      locale={loaded.locale}
      changes={changes}
      origin={siteUrl()}
    />
  );
}
