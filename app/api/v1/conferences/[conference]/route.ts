import { readPublishedProgramme } from "@/db/queries/public";
import { toApiConference } from "@/lib/api/conferences";
import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { conferenceItemSchema } from "@/lib/api/schemas";
import { isSlug } from "@/lib/slug";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]">) {
  const { conference } = await params;
  const programme = isSlug(conference) ? await readPublishedProgramme(conference) : null;
  if (!programme) return notFound("Conference");
  return apiResponse(request, conferenceItemSchema, programme.revision, () => ({
    data: toApiConference(conference, programme, publicRequestUrl(request).origin),
  }));
}

export const OPTIONS = preflight;
