import { hasLocale } from "next-intl";
import { currentRevision } from "@/db/queries/public";
import { shownSearch } from "@/db/queries/public-search";
import { routing } from "@/i18n/routing";
import { answerSearchJson, notFoundAnswer, type SearchJsonAnswer } from "@/lib/serving/search-json";
import { isSlug } from "@/lib/slug";

/**
 * One page of a search of the conference's latest release, as the search page's island
 * asks for it while people type: hits with their text in the request's language and the
 * matches as offsets, never HTML. The page server answers it before Next.js does
 * (scripts/server/search-json.ts); this route answers where it does not (next start, dev).
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/search.json">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return respond(notFoundAnswer());
  const at = currentRevision(conference, request.headers);
  if (!at) return respond(notFoundAnswer());
  const search = shownSearch();
  return respond(
    answerSearchJson(
      new URL(request.url).searchParams,
      { revision: at.revision, locale },
      request.headers.get("if-none-match"),
      (query, page) => search.search(at, locale, query, page),
    ),
  );
}

function respond({ status, headers, body }: SearchJsonAnswer): Response {
  return new Response(status === 304 ? null : body, { status, headers });
}
