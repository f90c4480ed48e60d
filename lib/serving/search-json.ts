import type { SearchAnswer } from "@/lib/search/answer";
import { normalizeSearchQuery, type QueryStatus } from "@/lib/search/query";
import { etagOf, ifNoneMatch } from "./etag";

// search.json's answer, shaped once for both who answer it: the route in Next.js and the
// page server ahead of it (scripts/server/search-json.ts), which spares each query the
// framework's cost. Errors are codes; what people type is never a 500.

/** Part of the ETag: bump it when what the same query answers changes shape. */
const FORMAT = "search-1";
const JSON_TYPE = "application/json; charset=utf-8";
const refusal: Record<Exclude<QueryStatus, "ok">, [code: string, message: string]> = {
  empty: ["empty_query", "Give something to search for in q."],
  junk: ["junk_query", "q holds no letter or digit to search for."],
  "too-long": ["query_too_long", "q is longer than search reads."],
};

export interface SearchJsonAnswer {
  status: 200 | 304 | 400 | 404;
  headers: Record<string, string>;
  /** Empty for a 304. */
  body: string;
}

type Search = (query: { query: string; terms: string[] }, page: number) => SearchAnswer | null;

/**
 * The answer to `?q=…&page=…` for a conference at `revision` in `locale`: 400 for a
 * query or page it cannot read, 304 when If-None-Match names it (nothing is searched),
 * 404 when `search` finds no release, else one page of hits.
 */
export function answerSearchJson(
  params: URLSearchParams,
  at: { revision: string; locale: string },
  ifNoneMatchHeader: string | null | undefined,
  search: Search,
): SearchJsonAnswer {
  const page = params.get("page");
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page))
    return problem(400, "invalid_page", "page is a whole number from 1.", "page");
  const normalized = normalizeSearchQuery(params.get("q") ?? "");
  if (normalized.status !== "ok") return problem(400, ...refusal[normalized.status], "q");
  const wanted = page === null ? 1 : Number(page);
  const etag = etagOf([FORMAT, at.revision, at.locale, normalized.query, wanted]);
  // A release changes it, so a minute of staleness is fine; the language is negotiated.
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=60",
    Vary: "Accept-Language, Cookie",
    "Content-Language": at.locale,
  };
  if (ifNoneMatch(ifNoneMatchHeader, etag)) return { status: 304, headers, body: "" };
  const answer = search(normalized, wanted);
  if (!answer) return notFoundAnswer();
  return {
    status: 200,
    headers: { ...headers, "Content-Type": JSON_TYPE, "X-Content-Type-Options": "nosniff" },
    body: JSON.stringify(answer),
  };
}

export function notFoundAnswer(): SearchJsonAnswer {
  return problem(404, "not_found", "No such conference.");
}

function problem(status: 400 | 404, code: string, message: string, parameter?: string): SearchJsonAnswer {
  return {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    body: JSON.stringify({ error: { code, message, ...(parameter ? { parameter } : {}) } }),
  };
}
