import { apiResponse, notFound, preflight } from "@/lib/api/http";
import { paginate } from "@/lib/api/paginate";
import { pageParams } from "@/lib/api/query";
import { speakerPageSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { listRequest, publishedProgramme } from "@/app/api/v1/published";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/speakers">) {
  const { conference } = await params;
  const list = listRequest(request, pageParams);
  if (list instanceof Response) return list;
  const programme = await publishedProgramme(conference);
  if (!programme) return notFound("Conference");
  return apiResponse(request, speakerPageSchema, programme.revision, () =>
    paginate(toApiSpeakers(programme.snapshot, list.url.origin), list.query, list.url),
  );
}

export const OPTIONS = preflight;
