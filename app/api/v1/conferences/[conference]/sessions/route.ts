import { currentRevision, getReleaseHistory } from "@/db/queries/public";
import { apiResponse, invalidParameter, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { paginate } from "@/lib/api/paginate";
import { parseQuery, sessionListParams } from "@/lib/api/query";
import { sessionPageSchema } from "@/lib/api/schemas";
import { filterSessions, toApiSessions } from "@/lib/api/sessions";
import { isSlug } from "@/lib/slug";

/** The sessions of the latest release in time order, filtered; changedAt needs every release, so this reads the history. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/sessions">) {
  const { conference } = await params;
  const url = publicRequestUrl(request);
  const query = parseQuery(url.searchParams, sessionListParams);
  if (!query.ok) return invalidParameter(query);
  const at = isSlug(conference) ? currentRevision(conference) : null;
  const history = at && (await getReleaseHistory(at));
  if (!history) return notFound("Conference");
  return apiResponse(request, sessionPageSchema, at.revision, () =>
    paginate(filterSessions(toApiSessions(history), query.value), query.value, url),
  );
}

export const OPTIONS = preflight;
