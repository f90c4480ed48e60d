import { toApiReleases } from "@/lib/api/conferences";
import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { paginate } from "@/lib/api/paginate";
import { pageParams } from "@/lib/api/query";
import { releasePageSchema } from "@/lib/api/schemas";
import { listRequest, publishedHistory } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/releases">) {
  const { conference } = await params;
  const list = listRequest(request, pageParams);
  if (list instanceof Response) return list;
  const published = await publishedHistory(conference);
  if (!published) return notFound("Conference");
  return apiResponse(request, releasePageSchema, published.revision, () =>
    paginate(toApiReleases(published.history), list.query, list.url),
  );
}

export const OPTIONS = preflight;
