import { useTranslations } from "next-intl";
import { CONFERENCE_SEARCH_ID, ProgrammeNav } from "@/components/conference/conference-nav";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumOverview } from "@/lib/programme/conference-overview";
import type { ProgrammeSession, ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import { emptySearchResult, type SearchResult } from "@/lib/search/results";
import { ForumHits, SessionHits, SpeakerHits } from "./search-hits";
import { LiveSearch } from "./live-search";
import { SearchPager } from "./search-pager";
import { SearchStatusLine } from "./search-status";

const EMPTY = emptySearchResult("empty", { query: "", terms: [] });

interface Props {
  programme: ProgrammeView;
  /** What was typed, as typed; null when the page was opened without a query. */
  typed: string | null;
  result: SearchResult | null;
  /** This page's hits, in the viewer's language. */
  forums: Array<ForumOverview & { date: string }>;
  sessions: ProgrammeSession[];
  speakers: SpeakerView[];
  locale: Locale;
}

export function SearchPage({ programme, typed, result, forums, sessions, speakers, locale }: Props) {
  const t = useTranslations("search");
  const { conference } = programme;
  const terms = result?.terms ?? [];
  const hits = { conference, terms, locale };
  return (
    <div>
      <ProgrammeNav conference={conference} current="search" query={typed ?? ""} />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <LiveSearch
        conference={conference.slug}
        inputId={CONFERENCE_SEARCH_ID}
        answered={typed ?? ""}
        status={<SearchStatusLine {...(result ?? EMPTY)} />}
      >
        {forums.length ? <ForumHits items={forums} {...hits} /> : null}
        {speakers.length ? <SpeakerHits items={speakers} {...hits} /> : null}
        {sessions.length ? <SessionHits items={sessions} {...hits} /> : null}
        {result?.status === "ok" ? (
          <SearchPager conference={conference.slug} query={result.query} paging={result.paging} />
        ) : null}
      </LiveSearch>
    </div>
  );
}
