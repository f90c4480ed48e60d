import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/layout/page-skeleton";
import { LiveRefresh } from "@/components/now/live-refresh";
import { NowPage } from "@/components/now/now-page";
import { nowAndNext } from "@/lib/now/now-next";
import { minuteOf, parseAtParam } from "@/lib/now/now-params";
import { nowState, nowStateEtag } from "@/lib/now/now-state";
import { requireProgramme } from "../load-programme";
import { sectionMetadata } from "../page-metadata";

type Props = PageProps<"/[locale]/[conference]/now">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(params, "now", "/now", {
    description: (t, loaded) => t("description", { conference: loaded.view.conference.name }),
  });
}

export default function NowRoute({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Now params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Now({ params, searchParams }: Pick<Props, "params" | "searchParams">) {
  const { conference, loaded } = await requireProgramme(params);
  const { view, release } = loaded;
  const { at: atParam } = await searchParams;
  // Rendered per request: the page shows the clock's minute, or the instant a preview names.
  await connection();
  const preview = parseAtParam(atParam, view.conference.timeZone);
  const at = preview ?? minuteOf(new Date());
  const board = nowAndNext(view.sessions, at);
  const state = nowState(conference, board);
  const endpoint = `/${conference}/now.json${preview ? `?at=${encodeURIComponent(preview.toISOString())}` : ""}`;
  return (
    <NowPage
      programme={view}
      board={board}
      at={at}
      preview={preview !== null}
      locale={loaded.locale}
      refresh={
        <LiveRefresh
          endpoint={endpoint}
          etag={nowStateEtag(release.revision, state)}
          nextChangeAt={state.nextChangeAt}
        />
      }
    />
  );
}
