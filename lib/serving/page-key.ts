// Which public requests may be answered from rendered bytes, and under which key.
// Pure: the custom server (scripts/server/) asks here before anything else.

import { reservedSlugs } from "@/lib/slug";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Query parameters a page reads; any other parameter sends the request to Next.js as usual.
const pageParams: Record<string, readonly string[]> = {
  "": [],
  agenda: ["day", "view", "forum", "track", "kind", "room"],
  speakers: [],
  changelog: [],
  search: ["q"],
  "schedule.ics": [],
  "schedule.xml": [],
  "schedule.json": [],
  "schedule2.json": [],
};
const itemSections = new Set(["sessions", "speakers", "forums"]);

export interface PageRequest {
  conference: string;
  /** Path and sorted query: the page whatever the language. */
  page: string;
}

/**
 * The page a GET asks for, when it is a public page of a conference that
 * depends on nothing but the release and the language; null otherwise
 * (workspace, sign-in, client navigations, unknown parameters, odd values).
 */
export function publicPageRequest(url: string, headers: { rsc?: string; nextRouterPrefetch?: string; nextAction?: string }): PageRequest | null {
  if (headers.rsc || headers.nextRouterPrefetch || headers.nextAction) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://podium.invalid");
  } catch {
    return null;
  }
  const segments = parsed.pathname.split("/").slice(1);
  if (segments.at(-1) === "" && segments.length > 1) return null;
  const [conference, section = "", item, ...rest] = segments;
  if (!conference || !SLUG.test(conference) || conference.length > 80 || reservedSlugs.has(conference) || rest.length) return null;
  let allowed: readonly string[];
  if (item !== undefined) {
    if (!itemSections.has(section) || !(section === "sessions" ? GUID.test(item) : SLUG.test(item) && item.length <= 80)) return null;
    allowed = [];
  } else {
    const known = pageParams[section];
    if (!known) return null;
    allowed = known;
  }
  const query: Array<[string, string]> = [];
  for (const [name, value] of parsed.searchParams) {
    if (!allowed.includes(name) || value.length > 100 || query.some(([n]) => n === name)) return null;
    query.push([name, value]);
  }
  query.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : "";
  return { conference, page: `${parsed.pathname}${search}` };
}

/** What decides the language of a request: the switcher's cookie when valid, else the raw Accept-Language. */
export function languageInputs(cookieHeader: string | undefined, acceptLanguage: string | undefined, locales: readonly string[]): { cookieLocale: string | null; acceptLanguage: string } {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(cookieHeader ?? "")?.[1];
  const cookieLocale = cookie && locales.includes(decodeURIComponent(cookie)) ? decodeURIComponent(cookie) : null;
  return { cookieLocale, acceptLanguage: (acceptLanguage ?? "").trim().slice(0, 200) };
}

/** The language a rendered page was written in, from its `<html lang>`. */
export function htmlLanguage(html: string): string | null {
  return /<html[^>]*\slang="([^"]+)"/.exec(html.slice(0, 2000))?.[1] ?? null;
}
