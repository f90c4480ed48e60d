import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as searchIndexRoute from "@/app/[locale]/(public)/[conference]/search-index.json/route";
import * as searchRoute from "@/app/[locale]/(public)/[conference]/search.json/route";
import type { Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import { sessions } from "@/db/schema";
import type { SearchAnswer, SearchIndex } from "@/lib/search/answer";
import { Revisions } from "@/scripts/server/revisions";
import { SearchJson } from "@/scripts/server/search-json";
import { addConferenceWithForum, addLiveConference } from "../support/live-conference";
import { createTestDatabase } from "../support/test-database";
import { xssPayloads } from "../support/xss-corpus";

// The routes read the public queries under the conference's revision from a scratch database;
// outside Next.js their cache directives cache nothing, so every call reads the database.
const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn() }));

const at = (iso: string) => new Date(iso);
const search = (conference: string, query: string, headers?: HeadersInit, locale = "en") =>
  searchRoute.GET(new Request(`http://podium.test/${conference}/search.json?${query}`, { headers }), {
    params: Promise.resolve({ locale, conference }),
  });
const searchIndex = (conference: string, locale = "en") =>
  searchIndexRoute.GET(new Request(`http://podium.test/${conference}/search-index.json`), {
    params: Promise.resolve({ locale, conference }),
  });
const q = (term: string) => new URLSearchParams({ q: term }).toString();

describe("/{conference}/search.json and search-index.json", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    const { conferenceId, forumId } = addLiveConference(t.db);
    const session = (forum: number, title: string, status: "confirmed" | "draft", hour: number) =>
      t.db
        .insert(sessions)
        .values({
          forumId: forum,
          title,
          status,
          startsAt: at(`2030-05-01T0${hour}:00:00Z`),
          endsAt: at(`2030-05-01T0${hour}:30:00Z`),
        })
        .run();
    session(forumId, "Analytical Engine", "confirmed", 1);
    xssPayloads.slice(0, 5).forEach((payload, i) => session(forumId, `Engine ${payload}`, "confirmed", 2 + i));
    session(forumId, "Secret Engine", "draft", 8);
    await insertRelease(t.db, { conferenceId, version: "v1", userId: null, at: at("2030-04-01T00:00:00Z") });

    // Another conference, published, whose draft must stay hidden; and one never published.
    const other = (slug: string, published: boolean) => {
      const { conferenceId: id, forumId: forum } = addConferenceWithForum(t.db, {
        slug,
        name: slug,
        timeZone: "UTC",
        startDate: "2030-06-01",
        endDate: "2030-06-01",
        published,
      });
      return { id, forum };
    };
    const b = other("other-conf", true);
    session(b.forum, "Difference Engine", "confirmed", 1);
    session(b.forum, "Hidden Draft Engine", "draft", 2);
    await insertRelease(t.db, { conferenceId: b.id, version: "v1", userId: null, at: at("2030-04-01T00:00:00Z") });
    const c = other("private-conf", false);
    session(c.forum, "Private Engine", "confirmed", 1);
    await insertRelease(t.db, { conferenceId: c.id, version: "v1", userId: null, at: at("2030-04-01T00:00:00Z") });
  });
  afterAll(() => t.dispose());

  it("answers a page of hits as JSON, titles as plain text with their matches as offsets", async () => {
    const response = await search("live-conf", q("engine"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = (await response.json()) as SearchAnswer;
    expect(answer.total).toEqual({ forums: 0, speakers: 0, sessions: 6 });
    const titles = answer.hits.map((h) => h.title.text);
    expect(titles).toContain("Analytical Engine");
    for (const payload of xssPayloads.slice(0, 5)) expect(titles).toContain(`Engine ${payload}`);
    for (const hit of answer.hits) {
      expect(hit.link).toBe(`/live-conf/sessions/${hit.ref}`);
      expect(hit.title.marks.map(([s, e]) => hit.title.text.slice(s, e).toLowerCase())).toEqual(["engine"]);
    }
  });

  it("answers a revalidation with 304 and no body", async () => {
    const first = await search("live-conf", q("analytical"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"/);
    const again = await search("live-conf", q("analytical"), { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // Another query, or another language, is another answer.
    expect((await search("live-conf", q("engine"))).headers.get("etag")).not.toBe(etag);
    expect((await search("live-conf", q("analytical"), {}, "zh-CN")).headers.get("etag")).not.toBe(etag);
  });

  it("never shows a draft, another conference's sessions, or an unpublished conference", async () => {
    const titles = async (conference: string, term: string) =>
      ((await (await search(conference, q(term))).json()) as SearchAnswer).hits.map((h) => h.title.text);
    expect(await titles("live-conf", "secret")).toEqual([]);
    expect(await titles("live-conf", "difference")).toEqual([]);
    expect(await titles("other-conf", "engine")).toEqual(["Difference Engine"]);
    expect(await titles("other-conf", "analytical")).toEqual([]);
    expect((await search("private-conf", q("engine"))).status).toBe(404);
    expect((await search("no-such-conf", q("engine"))).status).toBe(404);
    expect((await search("../etc", q("engine"))).status).toBe(404);
  });

  it("refuses junk with 400 and a code, never a 500", async () => {
    const refused = async (query: string) => {
      const response = await search("live-conf", query);
      expect(response.status, query).toBe(400);
      return ((await response.json()) as { error: { code: string } }).error.code;
    };
    expect(await refused("")).toBe("empty_query");
    expect(await refused(q("   "))).toBe("empty_query");
    expect(await refused(q("!!! ---"))).toBe("junk_query");
    expect(await refused(q("x".repeat(101)))).toBe("query_too_long");
    expect(await refused(`${q("engine")}&page=0`)).toBe("invalid_page");
    expect(await refused(`${q("engine")}&page=abc`)).toBe("invalid_page");
    expect(await refused(`${q("engine")}&page=99999999`)).toBe("invalid_page");
    // FTS5 syntax and odd characters are words to search for, not errors.
    for (const odd of ['"', "NEAR(a b)", "engine*", "a OR b", "\u0000engine", "^engine", "ＥＮＧＩＮＥ", "引擎 OR"]) {
      const response = await search("live-conf", q(odd));
      expect([200, 400], odd).toContain(response.status);
    }
  });

  it("gives the offline index of the release in the request's language, without drafts", async () => {
    const response = await searchIndex("live-conf");
    expect(response.status).toBe(200);
    const index = (await response.json()) as SearchIndex;
    const titles = index.documents.map((d) => d[4]);
    expect(titles).toContain("Analytical Engine");
    expect(titles).not.toContain("Secret Engine");
    expect(titles).not.toContain("Difference Engine");
    expect((await searchIndex("private-conf")).status).toBe(404);
    const etag = response.headers.get("etag")!;
    const again = await searchIndexRoute.GET(
      new Request("http://podium.test/live-conf/search-index.json", { headers: { "if-none-match": etag } }),
      { params: Promise.resolve({ locale: "en", conference: "live-conf" }) },
    );
    expect(again.status).toBe(304);
  });

  describe("answered by the page server ahead of Next.js", () => {
    let server: Server;
    let base = "";
    let close = () => {};
    beforeAll(async () => {
      const revisions = new Revisions(t.file);
      const searchJson = new SearchJson(t.file, revisions, { "X-Frame-Options": "DENY" });
      server = createServer((req, res) => {
        if (searchJson.handle(req, res)) return;
        res.writeHead(418);
        res.end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = () => {
        searchJson.close();
        revisions.close();
      };
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
      close();
    });
    const serverGet = (path: string, headers: Record<string, string> = {}) =>
      fetch(base + path, { headers: { "accept-language": "en", ...headers } });

    it("gives the route's answer, with its ETag, and compresses it", async () => {
      const ours = await serverGet(`/live-conf/search.json?${q("engine")}`, { "accept-encoding": "gzip" });
      const route = await search("live-conf", q("engine"));
      expect(ours.status).toBe(200);
      expect(ours.headers.get("content-encoding")).toBe("gzip");
      expect(ours.headers.get("etag")).toBe(route.headers.get("etag"));
      expect(ours.headers.get("x-frame-options")).toBe("DENY");
      expect(await ours.json()).toEqual(await route.json());
      const again = await serverGet(`/live-conf/search.json?${q("engine")}`, {
        "if-none-match": ours.headers.get("etag")!,
      });
      expect(again.status).toBe(304);
    });

    it("refuses junk with the route's codes, and leaves what the public cannot see to Next.js", async () => {
      const junk = await serverGet(`/live-conf/search.json?${q("!!!")}`);
      expect(junk.status).toBe(400);
      expect(((await junk.json()) as { error: { code: string } }).error.code).toBe("junk_query");
      for (const path of [
        "/private-conf/search.json?q=engine",
        "/nobody/search.json?q=x",
        "/live-conf/search?q=engine",
        "/%E0%A4%A/search.json",
      ])
        expect((await serverGet(path)).status, path).toBe(418);
    });
  });
});
