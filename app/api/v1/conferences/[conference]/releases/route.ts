import { currentRevision, getReleaseHistory } from "@/db/queries/public";
import { toApiReleases } from "@/lib/api/conferences";
import { apiResponse, invalidParameter, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { paginate } from "@/lib/api/paginate";
import { pageParams, parseQuery } from "@/lib/api/query";
import { releasePageSchema } from "@/lib/api/schemas";
import { isSlug } from "@/lib/slug";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/releases">) {
  const { conference } = await params;
  const url = publicRequestUrl(request);
  const query = parseQuery(url.searchParams, pageParams);
  if (!query.ok) return invalidParameter(query);
  const at = isSlug(conference) ? currentRevision(conference) : null;
  const history = at && (await getReleaseHistory(at));
  if (!history) return notFound("Conference");
  return apiResponse(request, releasePageSchema, at.revision, () => paginate(toApiReleases(history), query.value, url));
}

export const OPTIONS = preflight;
