import { readPublishedProgramme } from "@/db/queries/public";
import { agendaOptions } from "@/lib/agenda/agenda-choices";
import { agendaGroupUrls } from "@/lib/agenda/agenda-groups";
import { exportNotFound } from "@/lib/interop/export-http";
import { offlineUrls, type OfflineList } from "@/lib/offline/offline-list";
import { publicIndex } from "@/lib/routing/public-paths";
import { conditionalResponse, etagOf } from "@/lib/serving/etag";
import { programmeView } from "@/lib/programme/programme-view";
import { isSlug } from "@/lib/slug";

// Bump when the list's shape or content rules change, so browsers fetch it again.
const LIST_VERSION = 2;

/** The pages of the latest release that a browser keeps for offline reading, with the revision they belong to. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/[conference]/offline.json">) {
  const { conference } = await params;
  if (!isSlug(conference)) return exportNotFound("Conference not found.");
  const programme = await readPublishedProgramme(conference, request.headers);
  if (!programme) return exportNotFound("Conference not found.");
  const { snapshot, revision } = programme;
  return conditionalResponse(request, {
    etag: etagOf([revision, "offline", LIST_VERSION, conference]),
    // Asked for on every visit: a new release must be seen at once.
    headers: { "Cache-Control": "no-cache" },
    bodyHeaders: { "Content-Type": "application/json; charset=utf-8" },
    body: () => {
      // Days, forums and groups are the same in every language: read in the conference's own.
      const view = programmeView(snapshot, snapshot.conference.defaultLocale);
      const { days, forums } = agendaOptions(view);
      const groups = agendaGroupUrls(conference, view.sessions, { days, forums });
      const list: OfflineList = {
        conference,
        revision,
        urls: offlineUrls(conference, days, publicIndex(snapshot), groups),
      };
      return JSON.stringify(list);
    },
  });
}
