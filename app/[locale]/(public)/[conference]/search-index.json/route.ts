import { hasLocale } from "next-intl";
import { currentRevision } from "@/db/queries/public";
import { shownSearch } from "@/db/queries/public-search";
import { routing } from "@/i18n/routing";
import { encodeSearchIndex } from "@/lib/search/answer";
import { conditionalResponse, etagOf } from "@/lib/serving/etag";
import { isSlug } from "@/lib/slug";

// Part of the ETag: bump it when the index changes shape (lib/search/answer.ts).
const FORMAT = "search-index-1";

/**
 * The documents search shows for the conference's latest release, in the request's
 * language, for the search page to search when the network is gone (the service worker
 * keeps a copy at this address). The store of rendered pages keeps it compressed per
 * revision and language, like a page.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/search-index.json">) {
  const { locale, conference } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(conference)) return notFound();
  const at = currentRevision(conference, request.headers);
  const documents = at && shownSearch().documents(at, locale);
  if (!at || !documents) return notFound();
  return conditionalResponse(request, {
    etag: etagOf([FORMAT, at.revision, locale]),
    headers: { "Cache-Control": "public, max-age=0, must-revalidate", "Content-Language": locale },
    bodyHeaders: { "Content-Type": "application/json; charset=utf-8" },
    body: () => JSON.stringify(encodeSearchIndex(at.revision, documents)),
  });
}

function notFound(): Response {
  return Response.json(
    { error: { code: "not_found", message: "No such conference." } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}
