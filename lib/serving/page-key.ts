// Which public requests may be answered from rendered bytes, and under which key.
// Pure: the custom server (scripts/server/) asks here before anything else.

import { agendaChoices, agendaOptions } from "@/lib/agenda/agenda-choices";
import { agendaSearch, parseAgendaQuery, type AgendaChoices } from "@/lib/agenda/agenda-query";
import type { Locale } from "@/lib/domain/vocabulary";
import { parseInitial } from "@/lib/programme/initials";
import { programmeView } from "@/lib/programme/programme-view";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { conferencePages, itemPages, parsePublicPath } from "@/lib/routing/public-paths";
import { parseSearchPage } from "@/lib/search/paging";
import { isSlug } from "@/lib/slug";
import { instantToLocalDate } from "@/lib/time/zoned";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A longer search term is answered by Next.js and never kept.
const MAX_SEARCH_TERM = 100;

export interface PageRequest {
  conference: string;
  section: string;
  path: string;
  /** The first value of each parameter the page reads, as Next.js hands a page the first of repeated ones. */
  params: Record<string, string>;
}

/**
 * The page a GET asks for, when it is a public page of a conference that
 * depends on nothing but the release and the language; null otherwise
 * (workspace, sign-in, client navigations, odd paths).
 */
export function publicPageRequest(
  url: string,
  headers: { rsc?: string; nextRouterPrefetch?: string; nextAction?: string },
): PageRequest | null {
  if (headers.rsc || headers.nextRouterPrefetch || headers.nextAction) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://podium.invalid");
  } catch {
    return null;
  }
  const segments = parsed.pathname.split("/").slice(1);
  if (segments.at(-1) === "" && segments.length > 1) return null;
  const path = parsePublicPath(segments);
  if (!path || !isSlug(path.conference)) return null;
  const { item } = path;
  // An item's files (calendar, share card, poster) are left to Next.js, and so is a page that shows the clock's now (a room's
  // screen); an item page is kept when its key is well-formed.
  if (item && (item.file || !itemPages[item.section].stored)) return null;
  if (item && !(item.section === "sessions" ? GUID.test(item.key) : isSlug(item.key))) return null;
  const known = item ? [] : conferencePages[path.section]!.reads;
  if (!known) return null;
  const params: Record<string, string> = {};
  for (const [name, value] of parsed.searchParams) if (known.includes(name) && !(name in params)) params[name] = value;
  const section = item ? `${item.section}/*` : path.section;
  return { conference: path.conference, section, path: parsed.pathname, params };
}

/** What the page server needs to know of a conference's latest release to key its pages. */
export interface ReleaseFacts {
  defaultLocale: Locale;
  timeZone: string;
  agenda: AgendaChoices;
}

export function releaseFacts(snapshot: ReleaseSnapshot): ReleaseFacts {
  const { defaultLocale, timeZone } = snapshot.conference;
  return { defaultLocale, timeZone, agenda: agendaChoices(agendaOptions(programmeView(snapshot, defaultLocale))) };
}

export interface CanonicalPage {
  conference: string;
  /** What to render: the path with only the values that change the page, in the app's own order. */
  url: string;
  /** Under what its bytes are kept: the URL, and for an agenda without a day, the day it shows. */
  page: string;
  /** The same bytes in every language (schedule XML and JSON). */
  languageFree: boolean;
  /**
   * Pages of an open-ended family, a search term or a filter combination: the store keeps
   * a bounded number of them per conference, so a client cannot fill it with random ones.
   */
  group: "search" | "filters" | null;
}

/**
 * The one page a request stands for: unknown parameters and values the page
 * would ignore (`?day=garbage`, `?forum=nope`) are dropped, repeated ones read
 * once, the rest in one order. Null when the request is not kept at all.
 */
export function canonicalPage(request: PageRequest, facts: ReleaseFacts, now: Date): CanonicalPage | null {
  const languageFree = conferencePages[request.section]?.languageFree ?? false;
  const base = { conference: request.conference, languageFree, group: null };
  if (request.section === "agenda") {
    const query = parseAgendaQuery(request.params, facts.agenda, null);
    const dayGiven = facts.agenda.days.includes(request.params.day ?? "");
    const url = `${request.path}${agendaSearch({ ...query, day: dayGiven ? query.day : "" })}`;
    // A day's forum alone is what a large day's closed groups load (lib/agenda/agenda-groups.ts): a family
    // bounded by the release, kept like the unfiltered pages rather than among the open-ended combinations.
    const forumAlone = query.forum && !query.track && !query.kind && !query.room;
    const group = !forumAlone && (query.forum || query.track || query.kind || query.room) ? "filters" : null;
    // Without a day the agenda shows today's while the conference runs: kept per day.
    const today = instantToLocalDate(now, facts.timeZone);
    const page = !dayGiven && facts.agenda.days.includes(today) ? `${url}#today=${today}` : url;
    return { ...base, url, page, group };
  }
  if (request.section === "search" && request.params.q !== undefined) {
    if (request.params.q.length > MAX_SEARCH_TERM) return null;
    // The first page has no page number; one that is not a page number is the first.
    const page = parseSearchPage(request.params.page);
    const search = new URLSearchParams({ q: request.params.q, ...(page > 1 ? { page: String(page) } : {}) });
    const url = `${request.path}?${search}`;
    return { ...base, url, page: url, group: "search" };
  }
  if (request.section === "speakers") {
    // A typed filter looks through every speaker (the page ignores the initial then).
    const { q } = request.params;
    if (q !== undefined && q.trim() !== "") {
      if (q.length > MAX_SEARCH_TERM) return null;
      const url = `${request.path}?${new URLSearchParams({ q: q.trim() })}`;
      return { ...base, url, page: url, group: "search" };
    }
    const letter = parseInitial(request.params.letter);
    const url = letter ? `${request.path}?letter=${letter}` : request.path;
    return { ...base, url, page: url };
  }
  return { ...base, url: request.path, page: request.path };
}
