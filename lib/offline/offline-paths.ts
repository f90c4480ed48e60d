import { reservedSlugs } from "@/lib/routing/reserved-slugs";
import { workspacePathCheck } from "@/lib/routing/workspace-paths";

// What the service worker (lib/offline/service-worker.ts) may keep, and under which name.
// Pure and without the app's heavier modules: it is bundled into the worker.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Auth and account routes that are never kept, whatever the app's folders say. */
const neverKept = new Set(["signup", "invitations", "api"]);

/**
 * The conference a same-origin path belongs to, when a copy of it may be kept for offline
 * reading; null for everything else: the home page, the workspace, sign-in, `/me`, the API,
 * Next.js's own files. A path's answer is kept only when the server also marked it as a
 * published conference's public page (the revision header, see `isKeptResponse`).
 */
export function offlineConference(pathname: string): string | null {
  const segments = pathname.split("/").slice(1);
  const [first] = segments;
  if (!first || !SLUG.test(first) || first.length > 80) return null;
  if (reservedSlugs.has(first) || neverKept.has(first) || workspacePathCheck(segments)) return null;
  // No odd shapes: dot segments, empty segments in the middle.
  if (segments.some((s, i) => s === "." || s === ".." || (s === "" && i < segments.length - 1))) return null;
  return first;
}

/** Requests of Next.js's client router (RSC payloads, prefetches) and server actions: never kept. */
export function isRouterRequest(url: URL, headers: { get(name: string): string | null }): boolean {
  return (
    url.searchParams.has("_rsc") ||
    headers.get("rsc") !== null ||
    headers.get("next-router-prefetch") !== null ||
    headers.get("next-action") !== null
  );
}

/** The response header naming the conference's revision, set by the proxy on its public pages. */
export const RELEASE_RESPONSE_HEADER = "x-podium-revision";

/**
 * Whether an answer may be kept: a complete 200 that the server marked as a public page of
 * a published conference (its revision and language), and that allows being stored.
 */
export function isKeptResponse(status: number, headers: { get(name: string): string | null }): boolean {
  if (status !== 200) return false;
  if (!headers.get(RELEASE_RESPONSE_HEADER) || !headers.get("content-language")) return false;
  if (headers.get("set-cookie") !== null) return false;
  const cacheControl = (headers.get("cache-control") ?? "").toLowerCase();
  return !/(^|[\s,])(private|no-store)([\s,=]|$)/.test(cacheControl);
}

const PREFIX = "podium-offline-v1";

/** A conference's kept pages in one language at one revision: a new release is a new cache. */
export function offlineCacheName(conference: string, language: string, revision: string): string {
  return `${PREFIX}|${conference}|${language}|${encodeURIComponent(revision)}`;
}

/** The parts of a name made by `offlineCacheName`, or null for any other cache. */
export function parseOfflineCacheName(name: string): { conference: string; language: string; revision: string } | null {
  const [prefix, conference, language, revision, ...rest] = name.split("|");
  if (prefix !== PREFIX || !conference || !language || revision === undefined || rest.length) return null;
  try {
    return { conference, language, revision: decodeURIComponent(revision) };
  } catch {
    return null;
  }
}

/**
 * The kept URLs to try, in order, for a request that is not kept as it is: the agenda with
 * only its day and view, a page without its query (a search answers from the page's own
 * offline index), and for a list of starred sessions, any such list kept (never the bare
 * page: it would send the browser on to the list again, and round).
 */
export function fallbackUrls(url: URL): { exact: string[]; myAgendaList: boolean } {
  const path = url.pathname;
  if (!url.search) return { exact: [], myAgendaList: false };
  if (path.endsWith("/my-agenda") && url.searchParams.has("sessions")) return { exact: [], myAgendaList: true };
  const exact: string[] = [];
  if (path.split("/")[2] === "agenda") {
    const kept = new URLSearchParams();
    for (const name of ["view", "day"]) {
      const value = url.searchParams.get(name);
      if (value !== null) kept.set(name, value);
    }
    const search = kept.toString();
    if (search && search !== url.search.slice(1)) exact.push(`${path}?${search}`);
  }
  exact.push(path);
  return { exact, myAgendaList: false };
}
