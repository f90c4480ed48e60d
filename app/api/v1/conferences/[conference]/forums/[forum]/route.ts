import { toApiForums } from "@/lib/api/conferences";
import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { forumItemSchema } from "@/lib/api/schemas";
import { publishedProgramme } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/forums/[forum]">,
) {
  const { conference, forum } = await params;
  const programme = await publishedProgramme(conference);
  if (!programme) return notFound("Conference");
  const found = toApiForums(conference, programme.snapshot, publicRequestUrl(request).origin).find(
    (f) => f.slug === forum,
  );
  if (!found) return notFound("Forum");
  return apiResponse(request, forumItemSchema, programme.revision, () => ({ data: found }));
}

export const OPTIONS = preflight;
