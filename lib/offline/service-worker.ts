/// <reference lib="webworker" />
// The service worker (served at /sw.js by app/sw.js/route.ts, bundled by @serwist/turbopack):
// a published conference's public pages read offline after one visit. Pages go to the network
// first and fall back to the copy kept under the conference, the page's language and the
// release's revision; Next.js's hashed files are kept once. Nothing else is ever kept: only
// answers the proxy marked as a published conference's public page (lib/offline/offline-paths.ts).
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry } from "serwist";
import { LOCALE_COOKIE_NAME } from "@/lib/i18n/locale-cookie";
import type { OfflineList } from "./offline-list";
import {
  fallbackUrls,
  isKeptResponse,
  isRouterRequest,
  offlineCacheName,
  offlineConference,
  parseOfflineCacheName,
  RELEASE_RESPONSE_HEADER,
} from "./offline-paths";
import type { ToClient, ToWorker } from "./messages";

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope & {
  // Chromium's and Safari's Cookie Store API; elsewhere the language last seen decides.
  cookieStore?: { get(name: string): Promise<{ value?: string } | null> };
};

const LANGUAGES = new Set(["zh-CN", "en"]);
// A page waits this long for the network before a kept copy is shown instead.
const NAVIGATION_TIMEOUT_MS = 3500;
// Fetches of one warm-up at a time: the server renders each page once per release.
const WARM_CONCURRENCY = 3;
const STATIC_CACHE = "podium-static-v1";
const META_CACHE = "podium-offline-meta-v1";
const LANGUAGE_KEY = "/__podium-offline/language";

/** The language of the page the visitor last saw: the cookie the switcher writes wins. */
let lastLanguage: string | null = null;

async function currentLanguage(): Promise<string | null> {
  try {
    const cookie = await self.cookieStore?.get(LOCALE_COOKIE_NAME);
    if (cookie?.value && LANGUAGES.has(cookie.value)) return cookie.value;
  } catch {
    // No Cookie Store API here: the language last seen decides.
  }
  if (lastLanguage) return lastLanguage;
  try {
    const kept = await (await caches.open(META_CACHE)).match(LANGUAGE_KEY);
    const language = kept ? await kept.text() : null;
    return language && LANGUAGES.has(language) ? language : null;
  } catch {
    return null;
  }
}

async function rememberLanguage(language: string): Promise<void> {
  if (!LANGUAGES.has(language) || language === lastLanguage) return;
  lastLanguage = language;
  await (await caches.open(META_CACHE)).put(LANGUAGE_KEY, new Response(language));
}

async function conferenceCaches(conference: string) {
  return (await caches.keys()).flatMap((name) => {
    const parts = parseOfflineCacheName(name);
    return parts && parts.conference === conference ? [{ name, ...parts }] : [];
  });
}

/** Keeps an answer under its conference, language and revision, as the server marked it. */
async function keep(conference: string, url: string, response: Response): Promise<void> {
  if (!isKeptResponse(response.status, response.headers)) return;
  const language = response.headers.get("content-language")!;
  const revision = response.headers.get(RELEASE_RESPONSE_HEADER)!;
  if (!LANGUAGES.has(language)) return;
  await (await caches.open(offlineCacheName(conference, language, revision))).put(url, response);
}

/** The kept copy of a request in the visitor's language, newest release first; never another language's. */
async function keptCopy(conference: string, url: URL): Promise<Response | undefined> {
  const language = await currentLanguage();
  const names = (await conferenceCaches(conference))
    .filter((c) => language === null || c.language === language)
    .reverse();
  const { exact, myAgendaList } = fallbackUrls(url);
  // The language is the cache's, and the cache's only: the pages' Vary (Cookie, Accept-Language) names headers a worker's requests do not carry.
  const options = { ignoreVary: true };
  for (const { name } of names) {
    const cache = await caches.open(name);
    for (const candidate of [url.href, ...exact]) {
      const hit = await cache.match(candidate, options);
      if (hit) return hit;
    }
    if (myAgendaList) {
      const lists = (await cache.keys()).filter((r) => {
        const u = new URL(r.url);
        return u.pathname === url.pathname && u.searchParams.has("sessions");
      });
      const last = lists.at(-1);
      if (last) return cache.match(last, options);
    }
  }
  return undefined;
}

/** Network first, with a short wait for pages; the kept copy when the network fails or is slow. */
async function conferenceHandler({ request, url, event }: { request: Request; url: URL; event: ExtendableEvent }) {
  const conference = offlineConference(url.pathname)!;
  const network = fetch(request).then((response) => {
    if (isKeptResponse(response.status, response.headers)) {
      const language = response.headers.get("content-language")!;
      if (request.mode === "navigate") event.waitUntil(rememberLanguage(language).catch(() => undefined));
      event.waitUntil(keep(conference, url.href, response.clone()).catch(() => undefined));
    }
    return response;
  });
  if (request.mode !== "navigate") {
    try {
      return await network;
    } catch (error) {
      const kept = await keptCopy(conference, url);
      if (kept) return kept;
      throw error;
    }
  }
  const slow = new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), NAVIGATION_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, slow]);
    if (first !== "slow") return first;
    const kept = await keptCopy(conference, url);
    return kept ?? (await network);
  } catch {
    const kept = await keptCopy(conference, url);
    if (kept) return kept;
    return Response.error();
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // Hashed names: a file never changes, so one copy serves every release.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: STATIC_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 })],
      }),
    },
    {
      // Speaker photos are named by their content's hash, like Next.js's files.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/media/photos/"),
      handler: new CacheFirst({
        cacheName: "podium-photos-v1",
        plugins: [new ExpirationPlugin({ maxEntries: 1000, maxAgeSeconds: 60 * 60 * 24 * 60 })],
      }),
    },
    {
      matcher: ({ url, request, sameOrigin }) =>
        sameOrigin && offlineConference(url.pathname) !== null && !isRouterRequest(url, request.headers),
      handler: conferenceHandler,
    },
  ],
});
serwist.addEventListeners();

// Next.js's files a page names: kept with the page, so a page never seen online still runs offline.
const ASSET = /\/_next\/static\/[^"'\s)\\]+/g;

async function keepAssets(html: string): Promise<void> {
  const cache = await caches.open(STATIC_CACHE);
  for (const path of new Set(html.match(ASSET) ?? [])) {
    if (await cache.match(path)) continue;
    try {
      const response = await fetch(path);
      if (response.ok) await cache.put(path, response);
    } catch {
      // The next page that needs it fetches it again.
    }
  }
}

/** Fetches and keeps one URL of the list; false when it could not be kept in this language. */
async function warmOne(cache: Cache, url: string, language: string): Promise<boolean> {
  if (await cache.match(url, { ignoreVary: true })) return true;
  const response = await fetch(url, { credentials: "same-origin" });
  // A redirected answer cannot stand in for a page the browser navigates to.
  if (response.redirected || !isKeptResponse(response.status, response.headers)) return false;
  // A language switched meanwhile: this copy belongs to the other language's cache.
  if (response.headers.get("content-language") !== language) return false;
  if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
    const html = await response.clone().text();
    await keepAssets(html);
  }
  await cache.put(url, response);
  return true;
}

const warming = new Map<string, Promise<void>>();

/**
 * Keeps every page of the conference's latest release in the visitor's language, then drops
 * the copies of older releases and tells the open pages (a new release shows a notice).
 */
async function warm(conference: string, language: string, extra: readonly string[]): Promise<void> {
  const listed = await fetch(`/${conference}/offline.json`, { cache: "no-cache" });
  if (!listed.ok) return;
  const list = (await listed.json()) as OfflineList;
  if (list.conference !== conference || !Array.isArray(list.urls)) return;
  const name = offlineCacheName(conference, language, list.revision);
  const older = (await conferenceCaches(conference)).filter((c) => c.revision !== list.revision);
  const cache = await caches.open(name);
  const done = await cache.match(`/${conference}/offline.json`);
  const todo = [...new Set([...(done ? [] : list.urls), ...extra])].filter(
    (u) => offlineConference(new URL(u, self.location.origin).pathname) === conference,
  );
  let next = 0;
  let complete = true;
  const worker = async () => {
    while (next < todo.length) {
      const url = todo[next++]!;
      try {
        if (!(await warmOne(cache, url, language))) complete = false;
      } catch {
        complete = false;
      }
    }
  };
  await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker));
  if (!done) {
    // Marks the release kept whole; an interrupted warm-up starts again on the next visit.
    if (complete) await cache.put(`/${conference}/offline.json`, new Response(JSON.stringify(list)));
    for (const old of older) await caches.delete(old.name);
  }
  const message: ToClient = {
    type: "podium:offline-ready",
    conference,
    revision: list.revision,
    complete: Boolean(done) || complete,
    replaced: !done && older.length > 0,
  };
  // The first page of a visit may not be controlled yet: it asked, so it is told.
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
    client.postMessage(message);
}

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data = event.data as ToWorker | null;
  if (!data || data.type !== "podium:warm" || typeof data.conference !== "string") return;
  if (offlineConference(`/${data.conference}`) !== data.conference || !LANGUAGES.has(data.language)) return;
  const extra = Array.isArray(data.urls) ? data.urls.filter((u): u is string => typeof u === "string") : [];
  const key = `${data.conference}|${data.language}`;
  const job = (warming.get(key) ?? Promise.resolve())
    .then(() => rememberLanguage(data.language))
    .then(() => warm(data.conference, data.language, extra))
    .catch(() => undefined);
  warming.set(key, job);
  event.waitUntil(job);
});
