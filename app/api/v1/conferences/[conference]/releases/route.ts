import { toApiReleases } from "@/lib/api/conferences";
import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { releasePageSchema } from "@/lib/api/schemas";
import { publishedHistory, publishedListResponse } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/releases">) {
  const { conference } = await params;
  return publishedListResponse(
    request,
    pageParams,
    () => publishedHistory(conference),
    releasePageSchema,
    ({ history }) => toApiReleases(history),
  );
}

export const OPTIONS = preflight;
