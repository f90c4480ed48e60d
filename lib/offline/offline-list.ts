import { agendaSearch, defaultAgendaView, type AgendaQuery } from "@/lib/agenda/agenda-query";
import { conferencePages, type PublicIndex } from "@/lib/routing/public-paths";

// The pages of one release that a visitor's browser keeps for reading offline
// (`/{conference}/offline.json`, fetched by the service worker after a first visit).

export interface OfflineList {
  conference: string;
  /** The revision the list was made from: the worker keeps a release's pages under it. */
  revision: string;
  urls: string[];
}

const noFilters = { forum: null, track: null, kind: null, room: null } satisfies Partial<AgendaQuery>;

/**
 * Every public page an attendee reads offline: the conference, the agenda of every day in
 * list and grid (in the URLs the agenda's own tabs link to) with the forum groups a large day
 * loads on opening (`groups`, lib/agenda/agenda-groups.ts), every session, speaker and forum,
 * my agenda, search and, where the app serves one, the search's offline index.
 */
export function offlineUrls(
  conference: string,
  days: readonly string[],
  index: PublicIndex,
  groups: readonly string[] = [],
): string[] {
  const base = `/${conference}`;
  const agenda = [`${base}/agenda`];
  for (const day of days)
    for (const view of ["list", "grid"] as const)
      agenda.push(`${base}/agenda${agendaSearch({ ...noFilters, view: defaultAgendaView, day }, { view })}`);
  const pages = ["", "/speakers", "/search", "/my-agenda", "/changelog"].map((p) => base + p);
  // Another part of the app may add the search's index; listed only while the app serves it.
  if (Object.hasOwn(conferencePages, "search-index.json")) pages.push(`${base}/search-index.json`);
  const items = (section: string, keys: Set<string>) => [...keys].sort().map((k) => `${base}/${section}/${k}`);
  return [
    ...pages,
    ...agenda,
    ...groups,
    ...items("forums", index.forums),
    ...items("sessions", index.sessions),
    ...items("speakers", index.speakers),
  ];
}
