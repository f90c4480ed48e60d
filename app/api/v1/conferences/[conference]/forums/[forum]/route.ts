import { toApiForums } from "@/lib/api/conferences";
import { preflight } from "@/lib/api/http";
import { forumItemSchema } from "@/lib/api/schemas";
import { publishedItemResponse, publishedProgramme } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/forums/[forum]">,
) {
  const { conference, forum } = await params;
  return publishedItemResponse(
    request,
    () => publishedProgramme(conference),
    forumItemSchema,
    "Forum",
    (found, origin) => toApiForums(conference, found.snapshot, origin).find((f) => f.slug === forum),
  );
}

export const OPTIONS = preflight;
