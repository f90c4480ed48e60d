import { getPublishedProgramme, listPublishedConferences, publishedRevisions } from "@/db/queries/public";
import { siteRevision } from "@/db/queries/revision";
import { toApiConference } from "@/lib/api/conferences";
import { apiResponse, preflight } from "@/lib/api/http";
import { paginate } from "@/lib/api/paginate";
import { pageParams } from "@/lib/api/query";
import { conferencePageSchema } from "@/lib/api/schemas";
import { listRequest } from "../published";

/** Published conferences: those not over yet first, soonest first; then past ones, latest first. */
export async function GET(request: Request) {
  const list = listRequest(request, pageParams);
  if (list instanceof Response) return list;
  const today = new Date().toISOString().slice(0, 10);
  // One query for the revisions of every conference; the list and each programme come from the cache under them.
  const revisions = publishedRevisions();
  const { data, page } = paginate(await listPublishedConferences(revisions, today), list.query, list.url);
  const programmes = await Promise.all(
    data.map(async ({ slug }) => {
      const revision = revisions.get(slug);
      return { slug, programme: revision ? await getPublishedProgramme({ conference: slug, revision }) : null };
    }),
  );
  const conferences = programmes.flatMap(({ slug, programme }) =>
    programme ? [toApiConference(slug, programme, list.url.origin)] : [],
  );
  // The order of the list depends on the day (upcoming first), so the day is part of what it was read at.
  return apiResponse(request, conferencePageSchema, `${siteRevision(revisions)}@${today}`, () => ({
    data: conferences,
    page,
  }));
}

export const OPTIONS = preflight;
