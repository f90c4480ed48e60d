import { toApiForums } from "@/lib/api/conferences";
import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { forumPageSchema } from "@/lib/api/schemas";
import { publishedListResponse, publishedProgramme } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/forums">) {
  const { conference } = await params;
  return publishedListResponse(
    request,
    pageParams,
    () => publishedProgramme(conference),
    forumPageSchema,
    ({ snapshot }, _query, url) => toApiForums(conference, snapshot, url.origin),
  );
}

export const OPTIONS = preflight;
