import { currentRevision, getReleaseHistory, readPublishedProgramme } from "@/db/queries/public";
import { invalidParameter } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { parseQuery, type QueryParam } from "@/lib/api/query";
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
