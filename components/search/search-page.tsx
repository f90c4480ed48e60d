import { useTranslations } from "next-intl";
import { ProgrammeNav } from "@/components/conference/conference-nav";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ForumOverview } from "@/lib/programme/conference-overview";
import type { ProgrammeSession, ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchResult } from "@/lib/search/results";
import { ForumHits, SessionHits, SpeakerHits } from "./search-hits";
import { SearchPager } from "./search-pager";

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
      <div role="status" className="mt-4">
        <SearchStatusLine result={result} />
      </div>
      {forums.length ? <ForumHits items={forums} {...hits} /> : null}
      {speakers.length ? <SpeakerHits items={speakers} {...hits} /> : null}
      {sessions.length ? <SessionHits items={sessions} {...hits} /> : null}
      {result?.status === "ok" ? (
        <SearchPager conference={conference.slug} query={result.query} paging={result.paging} />
      ) : null}
    </div>
  );
}

function SearchStatusLine({ result }: { result: SearchResult | null }) {
  const t = useTranslations("search");
  if (result === null || result.status === "empty") return <p className="text-slate-700">{t("prompt")}</p>;
  if (result.status === "junk") return <p className="text-slate-700">{t("junk")}</p>;
  if (result.status === "too-long") return <p className="text-slate-700">{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>;
  const { forums, speakers, sessions } = result.total;
  const all = forums + speakers + sessions;
  if (all === 0) return <p className="text-slate-700">{t("none", { query: result.query })}</p>;
  // Only the kinds that matched are named: "“kernel”: 78 sessions".
  const counts = [
    forums ? t("countForums", { count: forums }) : null,
    speakers ? t("countSpeakers", { count: speakers }) : null,
    sessions ? t("countSessions", { count: sessions }) : null,
  ].filter((c): c is string => c !== null);
  const { page, pages, perPage } = result.paging;
  return (
    <p className="text-slate-700">
      {t("results", { query: result.query, counts: counts.join(t("countSeparator")) })}
      {pages > 1 ? (
        <span className="block text-sm text-slate-600">
          {t("pageStatus", {
            page,
            pages,
            from: (page - 1) * perPage + 1,
            to: Math.min(all, page * perPage),
            total: all,
          })}
        </span>
      ) : null}
    </p>
  );
}
