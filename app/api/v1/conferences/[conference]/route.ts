import { toApiConference } from "@/lib/api/conferences";
import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { conferenceItemSchema } from "@/lib/api/schemas";
import { publishedProgramme } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]">) {
  const { conference } = await params;
  const programme = await publishedProgramme(conference);
  if (!programme) return notFound("Conference");
  return apiResponse(request, conferenceItemSchema, programme.revision, () => ({
    data: toApiConference(conference, programme, publicRequestUrl(request).origin),
  }));
}

export const OPTIONS = preflight;
