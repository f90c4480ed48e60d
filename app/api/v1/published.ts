import { currentRevision, getReleaseHistory, readPublishedProgramme } from "@/db/queries/public";
import type { z } from "zod";
import { apiResponse, invalidParameter, notFound } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { paginate } from "@/lib/api/paginate";
import { parseQuery, type QueryParam, type QueryResult } from "@/lib/api/query";
import type { ApiPageInfo } from "@/lib/api/schemas";
import { isSlug } from "@/lib/slug";

/** The latest release's programme of the conference a URL names; null when the slug is malformed or nothing is published. */
export async function publishedProgramme(conference: string) {
  return isSlug(conference) ? readPublishedProgramme(conference) : null;
}

/** Every release of that conference, with the latest's revision: a session's changedAt needs the whole history. */
export async function publishedHistory(conference: string) {
  const at = isSlug(conference) ? currentRevision(conference) : null;
  const history = at && (await getReleaseHistory(at));
  return history ? { revision: at.revision, history } : null;
}

/** A list's request as the public sent it: its URL and parsed query, or the 400 naming the refused parameter. */
export function listRequest<P extends Record<string, QueryParam>>(request: Request, params: P) {
  const url = publicRequestUrl(request);
  const query = parseQuery(url.searchParams, params);
  return query.ok ? { url, query: query.value } : invalidParameter(query);
}

type Query<P extends Record<string, QueryParam>> = Extract<QueryResult<P>, { ok: true }>["value"];

/**
 * The GET of a paged list of what a conference published: a refused parameter is a 400 (checked before
 * anything is read), an unpublished conference a 404, else the page of `items` under the release's revision.
 */
export function publishedListRoute<P extends Record<string, QueryParam>, Found extends { revision: string }, Item>(
  load: (conference: string) => Promise<Found | null>,
  params: P,
  schema: z.ZodType<unknown, { data: Item[]; page: ApiPageInfo }>,
  items: (found: Found, asked: { conference: string; query: Query<P>; origin: string }) => readonly Item[],
) {
  return async (request: Request, context: { params: Promise<{ conference: string }> }): Promise<Response> => {
    const { conference } = await context.params;
    const list = listRequest(request, params);
    if (list instanceof Response) return list;
    const found = await load(conference);
    if (!found) return notFound("Conference");
    const asked = { conference, query: list.query, origin: list.url.origin };
    return apiResponse(request, schema, found.revision, () => paginate(items(found, asked), list.query, list.url));
  };
}

/** One thing a conference published: 404 naming the conference or the thing (`what`) when there is none. */
export async function publishedItemResponse<Found extends { revision: string }, Item>(
  request: Request,
  load: () => Promise<Found | null>,
  schema: z.ZodType<unknown, { data: Item }>,
  what: string,
  pick: (found: Found, origin: string) => Item | undefined,
): Promise<Response> {
  const found = await load();
  if (!found) return notFound("Conference");
  const item = pick(found, publicRequestUrl(request).origin);
  if (!item) return notFound(what);
  return apiResponse(request, schema, found.revision, () => ({ data: item }));
}
