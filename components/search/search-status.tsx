import { useTranslations } from "next-intl";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchPaging, SearchStatus } from "@/lib/search/results";

export interface SearchStatusProps {
  /** Null when nothing was searched yet. */
  status: SearchStatus | null;
  query: string;
  total: { forums: number; speakers: number; sessions: number };
  paging: SearchPaging;
}

/** What a search found, in words: the server's page and the live search say it alike. */
export function SearchStatusLine({ status, query, total, paging }: SearchStatusProps) {
  const t = useTranslations("search");
  if (status === null || status === "empty") return <p className="text-slate-700">{t("prompt")}</p>;
  if (status === "junk") return <p className="text-slate-700">{t("junk")}</p>;
  if (status === "too-long") return <p className="text-slate-700">{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>;
  const { forums, speakers, sessions } = total;
  const all = forums + speakers + sessions;
  if (all === 0) return <p className="text-slate-700">{t("none", { query })}</p>;
  // Only the kinds that matched are named: "“kernel”: 78 sessions".
  const counts = [
    forums ? t("countForums", { count: forums }) : null,
    speakers ? t("countSpeakers", { count: speakers }) : null,
    sessions ? t("countSessions", { count: sessions }) : null,
  ].filter((c): c is string => c !== null);
  const { page, pages, perPage } = paging;
  return (
    <p className="text-slate-700">
      {t("results", { query, counts: counts.join(t("countSeparator")) })}
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
