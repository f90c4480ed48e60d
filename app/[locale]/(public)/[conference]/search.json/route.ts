import { hasLocale } from "next-intl";
import { currentRevision } from "@/db/queries/public";
import { hasShownRelease, searchShownRelease } from "@/db/queries/public-search";
import { routing } from "@/i18n/routing";
import { normalizeSearchQuery, type QueryStatus } from "@/lib/search/query";
import { conditionalResponse, etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";

// Part of the ETag: bump it when what the same query answers changes shape.
const FORMAT = "search-1";
const JSON_TYPE = "application/json; charset=utf-8";
const refusal: Record<Exclude<QueryStatus, "ok">, [code: string, message: string]> = {
  empty: ["empty_query", "Give something to search for in q."],
  junk: ["junk_query", "q holds no letter or digit to search for."],
  "too-long": ["query_too_long", "q is longer than search reads."],
};

/**
 * One page of a search of the conference's latest release, as the search page's island
 * asks for it while people type: hits with their text in the request's language and the
 * matches as offsets, never HTML. Answered from the index and the release's shown
 * documents (kept per revision), with no page render; a revalidation costs no search.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/search.json">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference))
    return problem(404, "not_found", "No such conference.");
  const url = new URL(request.url);
  const page = url.searchParams.get("page");
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page))
    return problem(400, "invalid_page", "page is a whole number from 1.", "page");
  const normalized = normalizeSearchQuery(url.searchParams.get("q") ?? "");
  if (normalized.status !== "ok") return problem(400, ...refusal[normalized.status], "q");
  const at = currentRevision(conference, request.headers);
  if (!at || !hasShownRelease(at, locale)) return problem(404, "not_found", "No such conference.");
  const wanted = page === null ? 1 : Number(page);
  return conditionalResponse(request, {
    etag: etagOf([FORMAT, at.revision, locale, normalized.query, wanted]),
    // A release changes it, so a minute of staleness is fine; the language is negotiated.
    headers: { "Cache-Control": "public, max-age=60", Vary: "Accept-Language, Cookie", "Content-Language": locale },
    bodyHeaders: { "Content-Type": JSON_TYPE },
    body: () => JSON.stringify(searchShownRelease(at, locale, normalized, wanted)),
  });
}

function problem(status: number, code: string, message: string, parameter?: string): Response {
  return new Response(JSON.stringify({ error: { code, message, ...(parameter ? { parameter } : {}) } }), {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
