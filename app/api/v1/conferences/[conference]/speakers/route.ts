import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { speakerPageSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { publishedListResponse, publishedProgramme } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/speakers">) {
  const { conference } = await params;
  return publishedListResponse(
    request,
    pageParams,
    () => publishedProgramme(conference),
    speakerPageSchema,
    ({ snapshot }, _query, url) => toApiSpeakers(snapshot, url.origin),
  );
}

export const OPTIONS = preflight;
