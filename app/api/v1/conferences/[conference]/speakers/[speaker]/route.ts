import { preflight } from "@/lib/api/http";
import { speakerItemSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { publishedItemResponse, publishedProgramme } from "@/app/api/v1/published";

export async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/conferences/[conference]/speakers/[speaker]">,
) {
  const { conference, speaker } = await params;
  return publishedItemResponse(
    request,
    () => publishedProgramme(conference),
    speakerItemSchema,
    "Speaker",
    (found, origin) => toApiSpeakers(found.snapshot, origin).find((s) => s.slug === speaker),
  );
}

export const OPTIONS = preflight;
