import { getPublishedProgramme, listPublishedConferences, publishedRevisions } from "@/db/queries/public";
import { siteRevision } from "@/db/queries/revision";
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
  // One query for the revisions of every conference; the list and each programme come from the cache under them.
  const revisions = publishedRevisions();
  const { data, page } = paginate(await listPublishedConferences(revisions, today), query.value, url);
  const programmes = await Promise.all(
    data.map(async ({ slug }) => {
      const revision = revisions.get(slug);
      return { slug, programme: revision ? await getPublishedProgramme({ conference: slug, revision }) : null };
    }),
  );
  const conferences = programmes.flatMap(({ slug, programme }) =>
    programme ? [toApiConference(slug, programme, url.origin)] : [],
  );
  // The order of the list depends on the day (upcoming first), so the day is part of what it was read at.
  return apiResponse(request, conferencePageSchema, `${siteRevision(revisions)}@${today}`, () => ({
    data: conferences,
    page,
  }));
}

export const OPTIONS = preflight;
