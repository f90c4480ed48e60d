import { describe, expect, it } from "vitest";
import { offlineUrls } from "@/lib/offline/offline-list";
import {
  fallbackUrls,
  isKeptResponse,
  isRouterRequest,
  offlineCacheName,
  offlineConference,
  parseOfflineCacheName,
} from "@/lib/offline/offline-paths";
import type { PublicIndex } from "@/lib/routing/public-paths";

const headers = (entries: Record<string, string>) => new Headers(entries);
const marked = { "x-podium-revision": "3:v2:0:1", "content-language": "en", "content-type": "text/html" };

describe("what the service worker may keep", () => {
  it("keeps a conference's pages, at any depth below it", () => {
    for (const path of [
      "/china-netav-2017",
      "/china-netav-2017/agenda",
      "/china-netav-2017/sessions/0b9c2f6e-5d1a-4a8e-9a57-3a7b1c2d4e5f",
      "/china-netav-2017/agenda/rooms/hall-1",
      "/china-netav-2017/search-index.json",
    ])
      expect(offlineConference(path), path).toBe("china-netav-2017");
  });

  it("never keeps the workspace, sign-in, accounts, the API, invitations or Next.js's routes", () => {
    for (const path of [
      "/",
      "/admin",
      "/admin/china-netav-2017/schedule",
      "/signin",
      "/signup",
      "/me",
      "/api/auth/session",
      "/api/v1/conferences",
      "/invite/abc",
      "/invitations/abc",
      "/verify-email/abc",
      "/media/photos/x.webp",
      "/_next/static/chunks/a.js",
      "/sw.js",
      "/manifest.webmanifest",
      "/China-Netav",
      "/a/../admin",
      "/a//b",
    ])
      expect(offlineConference(path), path).toBeNull();
  });

  it("leaves the client router's payloads and server actions to the network", () => {
    const url = new URL("https://podium.test/c/agenda");
    expect(isRouterRequest(url, headers({}))).toBe(false);
    expect(isRouterRequest(new URL("https://podium.test/c/agenda?_rsc=1x"), headers({}))).toBe(true);
    expect(isRouterRequest(url, headers({ rsc: "1" }))).toBe(true);
    expect(isRouterRequest(url, headers({ "next-router-prefetch": "1" }))).toBe(true);
    expect(isRouterRequest(url, headers({ "next-action": "abc" }))).toBe(true);
  });

  it("keeps only complete answers the server marked with a release and a language, that may be stored", () => {
    expect(isKeptResponse(200, headers(marked))).toBe(true);
    expect(isKeptResponse(200, headers({ ...marked, "cache-control": "public, max-age=0, must-revalidate" }))).toBe(
      true,
    );
    expect(isKeptResponse(404, headers(marked))).toBe(false);
    expect(isKeptResponse(206, headers(marked))).toBe(false);
    expect(isKeptResponse(200, headers({ "content-language": "en" }))).toBe(false);
    expect(isKeptResponse(200, headers({ "x-podium-revision": "r" }))).toBe(false);
    expect(isKeptResponse(200, headers({ ...marked, "set-cookie": "a=b" }))).toBe(false);
    expect(isKeptResponse(200, headers({ ...marked, "cache-control": "private, max-age=60" }))).toBe(false);
    expect(isKeptResponse(200, headers({ ...marked, "cache-control": "no-store" }))).toBe(false);
    expect(isKeptResponse(200, headers({ ...marked, "cache-control": "max-age=0, No-Store" }))).toBe(false);
  });
});

describe("the caches of kept pages", () => {
  it("are named by conference, language and revision, and read back", () => {
    const name = offlineCacheName("c", "zh-CN", "3:v2|odd 0");
    expect(parseOfflineCacheName(name)).toEqual({ conference: "c", language: "zh-CN", revision: "3:v2|odd 0" });
    expect(offlineCacheName("c", "en", "r")).not.toBe(offlineCacheName("c", "zh-CN", "r"));
    expect(offlineCacheName("c", "en", "r1")).not.toBe(offlineCacheName("c", "en", "r2"));
  });

  it("take no other cache for theirs", () => {
    for (const name of ["podium-static-v1", "serwist-precache-v2-https://podium.test/", "podium-offline-v1|c|en", ""])
      expect(parseOfflineCacheName(name), name).toBeNull();
  });
});

describe("what a request not kept as it is falls back to", () => {
  const fallback = (path: string) => fallbackUrls(new URL(`https://podium.test${path}`));

  it("is nothing else for a page without a query", () => {
    expect(fallback("/c/speakers")).toEqual({ exact: [], myAgendaList: false });
  });

  it("is the agenda's day and view without its filters, then the agenda", () => {
    expect(fallback("/c/agenda?view=grid&day=2017-11-30&forum=main").exact).toEqual([
      "/c/agenda?view=grid&day=2017-11-30",
      "/c/agenda",
    ]);
    expect(fallback("/c/agenda?forum=main").exact).toEqual(["/c/agenda"]);
  });

  it("is the search page itself, which searches its offline index", () => {
    expect(fallback("/c/search?q=%E5%92%AA%E5%92%95").exact).toEqual(["/c/search"]);
  });

  it("is any kept list of starred sessions, never the bare my-agenda page that would send the browser round", () => {
    expect(fallback("/c/my-agenda?sessions=a,b")).toEqual({ exact: [], myAgendaList: true });
  });
});

describe("the pages kept for offline reading", () => {
  const index: PublicIndex = {
    defaultLocale: "zh-CN",
    forums: new Set(["summit"]),
    sessions: new Set(["s2", "s1"]),
    speakers: new Set(["wang-bin"]),
    rooms: new Set(["hall"]),
  };
  const urls = offlineUrls("c", ["2017-11-29", "2017-11-30"], index, ["/c/agenda?day=2017-11-29&forum=summit"]);

  it("are the agenda of every day in list and grid, in the URLs the day tabs link to", () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        "/c/agenda",
        "/c/agenda?day=2017-11-29",
        "/c/agenda?view=grid&day=2017-11-29",
        "/c/agenda?day=2017-11-30",
        "/c/agenda?view=grid&day=2017-11-30",
        // What a large day's forum group loads on opening.
        "/c/agenda?day=2017-11-29&forum=summit",
      ]),
    );
  });

  it("are every session, speaker and forum, and the conference, speakers, search and my agenda", () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        "/c",
        "/c/speakers",
        "/c/search",
        "/c/my-agenda",
        "/c/forums/summit",
        "/c/sessions/s1",
        "/c/sessions/s2",
        "/c/speakers/wang-bin",
      ]),
    );
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("are all below the conference and never a room's screen, which shows the clock's now", () => {
    for (const url of urls) expect(offlineConference(url.split("?")[0]!), url).toBe("c");
    expect(urls.some((u) => u.includes("/screens"))).toBe(false);
  });
});
