import { getPublishedProgramme, listPublishedConferences } from "@/db/queries/public";
import { toApiConference } from "@/lib/api/conferences";
import { apiResponse, invalidParameter, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";
import { paginate } from "@/lib/api/paginate";
import { pageParams, parseQuery } from "@/lib/api/query";
import { conferencePageSchema } from "@/lib/api/schemas";

/** Published conferences: those not over yet first, soonest first; then past ones, latest first. */
export async function GET(request: Request) {
  const url = publicRequestUrl(request);
  const query = parseQuery(url.searchParams, pageParams);
  if (!query.ok) return invalidParameter(query);
  const today = new Date().toISOString().slice(0, 10);
  const { data, page } = paginate(await listPublishedConferences(today), query.value, url);
  const programmes = await Promise.all(
    data.map(async (c) => ({ slug: c.slug, programme: await getPublishedProgramme(c.slug) })),
  );
  const conferences = programmes.flatMap(({ slug, programme }) =>
    programme ? [toApiConference(slug, programme, url.origin)] : [],
  );
  return apiResponse(request, conferencePageSchema, { data: conferences, page });
}

export const OPTIONS = preflight;
