import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { paginate } from "@/lib/api/paginate";
import { sessionListParams } from "@/lib/api/query";
import { sessionPageSchema } from "@/lib/api/schemas";
import { filterSessions, toApiSessions } from "@/lib/api/sessions";
import { listRequest, publishedHistory } from "@/app/api/v1/published";

/** The sessions of the latest release in time order, filtered; changedAt needs every release, so this reads the history. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/sessions">) {
  const { conference } = await params;
  const list = listRequest(request, sessionListParams);
  if (list instanceof Response) return list;
  const published = await publishedHistory(conference);
  if (!published) return notFound("Conference");
  return apiResponse(request, sessionPageSchema, published.revision, () =>
    paginate(filterSessions(toApiSessions(published.history), list.query), list.query, list.url),
  );
}

export const OPTIONS = preflight;
