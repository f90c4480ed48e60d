import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { speakerItemSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { publishedProgramme } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/speakers/[speaker]">,
) {
  const { conference, speaker } = await params;
  const programme = await publishedProgramme(conference);
  if (!programme) return notFound("Conference");
  const found = toApiSpeakers(programme.snapshot, publicRequestUrl(request).origin).find((s) => s.slug === speaker);
  if (!found) return notFound("Speaker");
  return apiResponse(request, speakerItemSchema, programme.revision, () => ({ data: found }));
}

export const OPTIONS = preflight;
