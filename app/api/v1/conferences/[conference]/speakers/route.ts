import { readPublishedProgramme } from "@/db/queries/public";
import { apiResponse, invalidParameter, notFound, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { paginate } from "@/lib/api/paginate";
import { pageParams, parseQuery } from "@/lib/api/query";
import { speakerPageSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { isSlug } from "@/lib/slug";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/conferences/[conference]/speakers">) {
  const { conference } = await params;
  const url = publicRequestUrl(request);
  const query = parseQuery(url.searchParams, pageParams);
  if (!query.ok) return invalidParameter(query);
  const programme = isSlug(conference) ? await readPublishedProgramme(conference) : null;
  if (!programme) return notFound("Conference");
  return apiResponse(request, speakerPageSchema, programme.revision, () =>
    paginate(toApiSpeakers(programme.snapshot, url.origin), query.value, url),
  );
}

export const OPTIONS = preflight;
