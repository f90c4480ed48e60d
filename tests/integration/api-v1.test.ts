import { state } from "../support/app-harness";
import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as conferenceRoute from "@/app/api/v1/conferences/[conference]/route";
import * as forumRoute from "@/app/api/v1/conferences/[conference]/forums/[forum]/route";
import * as forumsRoute from "@/app/api/v1/conferences/[conference]/forums/route";
import * as releasesRoute from "@/app/api/v1/conferences/[conference]/releases/route";
import * as sessionRoute from "@/app/api/v1/conferences/[conference]/sessions/[session]/route";
import * as sessionsRoute from "@/app/api/v1/conferences/[conference]/sessions/route";
import * as speakerRoute from "@/app/api/v1/conferences/[conference]/speakers/[speaker]/route";
import * as speakersRoute from "@/app/api/v1/conferences/[conference]/speakers/route";
import * as conferencesRoute from "@/app/api/v1/conferences/route";
import * as docsRoute from "@/app/api/v1/docs/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, sessionPeople, sessions, speakers } from "@/db/schema";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { endpoints } from "@/lib/api/endpoints";
import { exampleOrigin } from "@/lib/api/examples";
import { errorSchema, sessionPageSchema, type ApiSession } from "@/lib/api/schemas";
import { createTestDatabase } from "../support/test-database";

// The routes read the public queries, under each conference's revision, from a scratch database;
// outside Next.js their cache directives cache nothing, so every call reads the database.

// Absolute links are written on SITE_URL; the requests below name the same origin.
process.env.SITE_URL = exampleOrigin;

interface RouteModule {
  GET(request: Request, context: { params: Promise<Record<string, string>> }): Response | Promise<Response>;
  OPTIONS(): Response;
}

/** The route files under app/api/v1, by the path OpenAPI writes for them. */
const router: Record<string, RouteModule> = {
  "/api/v1/conferences": conferencesRoute,
  "/api/v1/conferences/{conference}": conferenceRoute,
  "/api/v1/conferences/{conference}/forums": forumsRoute,
  "/api/v1/conferences/{conference}/forums/{forum}": forumRoute,
  "/api/v1/conferences/{conference}/sessions": sessionsRoute,
  "/api/v1/conferences/{conference}/sessions/{session}": sessionRoute,
  "/api/v1/conferences/{conference}/speakers": speakersRoute,
  "/api/v1/conferences/{conference}/speakers/{speaker}": speakerRoute,
  "/api/v1/conferences/{conference}/releases": releasesRoute,
  "/api/v1/openapi.json": openapiRoute,
  "/api/v1/docs": docsRoute,
};

function route(pathname: string): { module: RouteModule; params: Record<string, string> } {
  const segments = pathname.split("/");
  for (const [template, module] of Object.entries(router)) {
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    if (
      parts.every((p, i) =>
        p.startsWith("{") ? ((params[p.slice(1, -1)] = decodeURIComponent(segments[i]!)), true) : p === segments[i],
      )
    )
      return { module, params };
  }
  throw new Error(`No route for ${pathname}`);
}

/** GET through the route handler the path leads to, as Next would call it. */
async function get(pathAndQuery: string, headers: HeadersInit = {}): Promise<Response> {
  const url = new URL(pathAndQuery, exampleOrigin);
  const { module, params } = route(url.pathname);
  return module.GET(new Request(url, { headers }), { params: Promise.resolve(params) });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(pathAndQuery: string): Promise<any> {
  const res = await get(pathAndQuery);
  expect(res.status, pathAndQuery).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return res.json();
}

const DEMO = "/api/v1/conferences/china-netav-2017";
const keynote = demoGuid("session/china-netav-2017/web-drama-summit/keynote-wang-bin");

/** Every key anywhere in a JSON value. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

describe("public API v1", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let demoId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    demoId = (await seedDemo(t.db)).conferenceId;
  });
  afterAll(() => {
    t.dispose();
    delete process.env.SITE_URL;
  });

  it("answers the documented example of every endpoint with exactly the documented body, valid against its schema", async () => {
    for (const e of endpoints) {
      if (!e.example || !("schema" in e.response)) continue;
      const body = await json(e.example.request);
      expect(body, e.operationId).toEqual(e.example.response);
      expect((e.response.schema as z.ZodType).parse(body)).toEqual(body);
    }
  });

  it("answers every endpoint with JSON its schema accepts, and never a row id", async () => {
    const paths = [
      "/api/v1/conferences",
      DEMO,
      `${DEMO}/forums`,
      `${DEMO}/forums/web-drama-summit`,
      `${DEMO}/sessions`,
      `${DEMO}/sessions/${keynote}`,
      `${DEMO}/speakers`,
      `${DEMO}/speakers/li-xia`,
      `${DEMO}/releases`,
    ];
    for (const p of paths) {
      const { module } = route(new URL(p, exampleOrigin).pathname);
      const endpoint = endpoints.find((e) => router[e.path] === module)!;
      const body = await json(p);
      expect((endpoint.response as { schema: z.ZodType }).schema.parse(body), p).toEqual(body);
      expect(
        keysOf(body).filter((k) => k === "id" || k.endsWith("Id")),
        p,
      ).toEqual([]);
    }
    const all = await json(`${DEMO}/sessions?limit=200`);
    expect(all.page.total).toBe(12);
    expect(all.data.map((s: ApiSession) => s.guid)).toContain(keynote);
  });

  it("filters sessions by local day, forum, room and speaker", async () => {
    const day = (await json(`${DEMO}/sessions?day=2017-12-01`)).data as ApiSession[];
    expect(day).toHaveLength(7);
    expect(day.every((s) => s.localStartsAt.startsWith("2017-12-01T"))).toBe(true);
    expect((await json(`${DEMO}/sessions?day=2017-11-29`)).data).toHaveLength(2);

    const forum = (await json(`${DEMO}/sessions?forum=web-drama-summit`)).data as ApiSession[];
    expect(forum.map((s) => s.guid)).toEqual(day.map((s) => s.guid));
    expect(forum.every((s) => s.forum === "web-drama-summit")).toBe(true);

    const room = (await json(`${DEMO}/sessions?room=main-hall`)).data as ApiSession[];
    expect(room.length).toBeGreaterThan(0);
    expect(room.length).toBeLessThan(12);
    expect(room.every((s) => s.room?.slug === "main-hall")).toBe(true);

    expect(((await json(`${DEMO}/sessions?speaker=wang-bin`)).data as ApiSession[]).map((s) => s.guid)).toEqual([
      keynote,
    ]);
    const liXia = (await json(`${DEMO}/sessions?speaker=li-xia`)).data as ApiSession[];
    expect(liXia.map((s) => s.people.find((p) => p.speaker === "li-xia")!.role)).toEqual([
      "speaker",
      "moderator",
      "moderator",
    ]);
    expect((await json(`${DEMO}/sessions?speaker=li-xia&day=2017-11-30`)).page.total).toBe(0);
  });

  it("pages through a list with totals and next links that lead to every item once", async () => {
    const whole = ((await json(`${DEMO}/sessions`)).data as ApiSession[]).map((s) => s.guid);
    const seen: string[] = [];
    let next: string | null = `${DEMO}/sessions?limit=5`;
    const pages: Array<{ limit: number; offset: number; total: number }> = [];
    while (next) {
      const body = await json(next);
      pages.push(body.page);
      seen.push(...body.data.map((s: ApiSession) => s.guid));
      next = body.page.next;
    }
    expect(pages.map((p) => [p.offset, p.total])).toEqual([
      [0, 12],
      [5, 12],
      [10, 12],
    ]);
    expect(seen).toEqual(whole);
    const speakers = await json(`${DEMO}/speakers?limit=10&offset=10`);
    expect(speakers.page).toEqual({ limit: 10, offset: 10, total: 14, next: null });
    expect(speakers.data).toHaveLength(4);
  });

  it("writes absolute links on SITE_URL when it is configured, whatever Host the request named", async () => {
    vi.stubEnv("SITE_URL", "https://conference.example.org/ignored/path");
    try {
      const body = await json(`${DEMO}/forums?limit=1`);
      expect(body.page.next).toBe(
        "https://conference.example.org/api/v1/conferences/china-netav-2017/forums?limit=1&offset=1",
      );
      expect(body.data[0].links.sessions).toBe(
        "https://conference.example.org/api/v1/conferences/china-netav-2017/sessions?forum=opening-ceremony",
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("answers 304 to a current ETag, with the caching and CORS headers", async () => {
    const first = await get(`${DEMO}/sessions?forum=web-drama-summit`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await get(`${DEMO}/sessions?forum=web-drama-summit`, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect((await get(`${DEMO}/sessions?forum=expo`, { "If-None-Match": etag })).status).toBe(200);
    expect((await get(`${DEMO}`, { "If-None-Match": etag })).status).toBe(200);
  });

  it("answers CORS preflights on every route", () => {
    for (const [template, module] of Object.entries(router)) {
      const res = module.OPTIONS();
      expect(res.status, template).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(res.headers.get("access-control-allow-headers")).toBe("If-None-Match");
    }
  });

  it.each([
    [`${DEMO}/sessions?limit=0`, "limit"],
    [`${DEMO}/sessions?limit=201`, "limit"],
    [`${DEMO}/sessions?limit=ten`, "limit"],
    [`${DEMO}/sessions?offset=-5`, "offset"],
    [`${DEMO}/sessions?day=2017-12-32`, "day"],
    [`${DEMO}/sessions?day=1.12.2017`, "day"],
    [`${DEMO}/sessions?changedSince=last-week`, "changedSince"],
    [`${DEMO}/sessions?changedSince=2017-11-20`, "changedSince"],
    [`${DEMO}/sessions?speaker=${encodeURIComponent("王斌")}`, "speaker"],
    [`${DEMO}/speakers?limit=500`, "limit"],
    [`${DEMO}/forums?offset=x`, "offset"],
    [`${DEMO}/releases?limit=0`, "limit"],
    ["/api/v1/conferences?limit=0", "limit"],
  ])("refuses %s with 400 naming %s", async (pathAndQuery, parameter) => {
    const res = await get(pathAndQuery);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = errorSchema.parse(await res.json());
    expect(body.error).toMatchObject({ code: "invalid_parameter", parameter });
    expect(body.error.message).toContain(parameter);
  });

  it.each([
    "/api/v1/conferences/no-such-conference",
    "/api/v1/conferences/Not_A_Slug/sessions",
    `/api/v1/conferences/no-such-conference/sessions/${keynote}`,
    "/api/v1/conferences/no-such-conference/releases",
    `${DEMO}/forums/no-such-forum`,
    `${DEMO}/sessions/00000000-0000-4000-8000-000000000000`,
    `${DEMO}/sessions/not-a-guid`,
    `${DEMO}/speakers/no-such-speaker`,
  ])("answers 404 JSON for %s", async (pathAndQuery) => {
    const res = await get(pathAndQuery);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(errorSchema.parse(await res.json()).error.code).toBe("not_found");
  });

  it("shows nothing of an unpublished conference or of one without a release", async () => {
    const hiddenId = t.db
      .insert(conferences)
      .values({
        slug: "hidden-conf",
        name: "Hidden",
        timeZone: "UTC",
        startDate: "2030-05-01",
        endDate: "2030-05-02",
        published: false,
      })
      .returning()
      .get().id;
    const forumId = t.db
      .insert(forums)
      .values({ conferenceId: hiddenId, slug: "main", name: "Main", date: "2030-05-01" })
      .returning()
      .get().id;
    t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Hidden talk",
        status: "confirmed",
        startsAt: new Date("2030-05-01T01:00:00Z"),
        endsAt: new Date("2030-05-01T02:00:00Z"),
      })
      .run();
    await insertRelease(t.db, { conferenceId: hiddenId, version: "v1", userId: null });
    t.db
      .insert(conferences)
      .values({
        slug: "unreleased-conf",
        name: "Unreleased",
        timeZone: "UTC",
        startDate: "2030-05-01",
        endDate: "2030-05-02",
        published: true,
      })
      .run();

    for (const slug of ["hidden-conf", "unreleased-conf"]) {
      for (const resource of ["", "/forums", "/sessions", "/speakers", "/releases"]) {
        expect((await get(`/api/v1/conferences/${slug}${resource}`)).status, `${slug}${resource}`).toBe(404);
      }
    }
    const list = await json("/api/v1/conferences");
    expect(list.data.map((c: { slug: string }) => c.slug)).toEqual(["china-netav-2017"]);
    expect(list.page.total).toBe(1);
  });

  describe("after a second release", () => {
    const v2At = new Date("2017-11-25T00:00:00.000Z");
    let draftGuid: string;

    beforeAll(async () => {
      // The keynote moves half an hour later; a draft with its own speaker is added but must stay private.
      const moved = t.db.select().from(sessions).where(eq(sessions.guid, keynote)).get()!;
      t.db
        .update(sessions)
        .set({
          startsAt: new Date(moved.startsAt!.getTime() + 30 * 60_000),
          endsAt: new Date(moved.endsAt!.getTime() + 30 * 60_000),
          version: moved.version + 1,
        })
        .where(eq(sessions.id, moved.id))
        .run();
      const draft = t.db
        .insert(sessions)
        .values({
          forumId: moved.forumId,
          title: "Secret draft",
          status: "draft",
          startsAt: new Date("2017-12-01T07:00:00Z"),
          endsAt: new Date("2017-12-01T08:00:00Z"),
        })
        .returning()
        .get();
      draftGuid = draft.guid;
      const secret = t.db
        .insert(speakers)
        .values({ conferenceId: demoId, slug: "secret-speaker", name: "Secret" })
        .returning()
        .get();
      t.db.insert(sessionPeople).values({ sessionId: draft.id, speakerId: secret.id, role: "speaker" }).run();
      await insertRelease(t.db, { conferenceId: demoId, version: "v2", userId: null, at: v2At });
    });

    it("lists only the moved session as changed since the first release", async () => {
      const changed = await json(`${DEMO}/sessions?changedSince=2017-11-20T02:00:00.000Z`);
      expect(
        sessionPageSchema.parse(changed).data.map((s) => [s.guid, s.version, s.changedAt, s.localStartsAt]),
      ).toEqual([[keynote, 2, v2At.toISOString(), "2017-12-01T09:30:00+08:00"]]);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-20T10:00:00%2B08:00`)).page.total).toBe(1);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-20T01:59:59Z`)).page.total).toBe(12);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-25T00:00:00Z`)).page.total).toBe(0);
    });

    it("reports the new release with its counts, and the conference's latest release", async () => {
      expect((await json(`${DEMO}/releases`)).data).toEqual([
        {
          version: "v2",
          publishedAt: v2At.toISOString(),
          sessionCount: 12,
          changes: { added: 0, changed: 1, removed: 0 },
        },
        {
          version: "v1",
          publishedAt: "2017-11-20T02:00:00.000Z",
          sessionCount: 12,
          changes: { added: 12, changed: 0, removed: 0 },
        },
      ]);
      expect((await json(DEMO)).data.latestRelease).toEqual({ version: "v2", publishedAt: v2At.toISOString() });
    });

    it("never shows a draft session or a speaker only a draft names", async () => {
      const all = await json(`${DEMO}/sessions?limit=200`);
      expect(all.data.map((s: ApiSession) => s.title)).not.toContain("Secret draft");
      expect((await get(`${DEMO}/sessions/${draftGuid}`)).status).toBe(404);
      const everyone = await json(`${DEMO}/speakers?limit=200`);
      expect(everyone.data.map((s: { slug: string }) => s.slug)).not.toContain("secret-speaker");
      expect((await get(`${DEMO}/speakers/secret-speaker`)).status).toBe(404);
      expect(JSON.stringify(everyone)).not.toContain(draftGuid);
    });

    it("gives the changed list a new ETag", async () => {
      const before = t.db
        .select()
        .from(sessions)
        .where(and(eq(sessions.guid, keynote)))
        .get()!;
      expect(before.version).toBe(2);
      const res = await get(`${DEMO}/sessions?speaker=wang-bin`);
      const old = await get(`${DEMO}/sessions?speaker=wang-bin`, { "If-None-Match": res.headers.get("etag")! });
      expect(old.status).toBe(304);
      t.db.update(sessions).set({ title: "推原创之波（修订）", version: 3 }).where(eq(sessions.guid, keynote)).run();
      await insertRelease(t.db, {
        conferenceId: demoId,
        version: "v3",
        userId: null,
        at: new Date("2017-11-26T00:00:00Z"),
      });
      expect(
        (await get(`${DEMO}/sessions?speaker=wang-bin`, { "If-None-Match": res.headers.get("etag")! })).status,
      ).toBe(200);
    });
  });

  describe("the description of the API", () => {
    it("serves a valid OpenAPI 3.1 document whose references all resolve", async () => {
      const doc = await json("/api/v1/openapi.json");
      expect(doc.openapi).toBe("3.1.0");
      const validator = new Validator();
      const result = await validator.validate(doc);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(validator.version).toBe("3.1");

      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(20);
      for (const ref of new Set(refs)) {
        expect(ref.startsWith("#/"), ref).toBe(true);
        const target = ref
          .slice(2)
          .split("/")
          .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
        expect(target, ref).toBeDefined();
      }
    });

    it("describes every route file under app/api/v1, and nothing else", async () => {
      const root = path.join(process.cwd(), "app/api/v1");
      const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter(
        (f) => path.basename(f) === "route.ts",
      );
      const routed = files
        .map((f) =>
          `/api/v1/${path.dirname(f)}`
            .replace(/\/\.$/, "")
            .replace(/\[([^\]]+)\]/g, "{$1}")
            .split(path.sep)
            .join("/"),
        )
        .sort();
      const doc = await json("/api/v1/openapi.json");
      expect(Object.keys(doc.paths).sort()).toEqual(routed);
      expect(Object.keys(router).sort()).toEqual(routed);
    });

    it("serves the documentation page listing every path, with caching headers", async () => {
      const res = await get("/api/v1/docs");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      const html = await res.text();
      const doc = await json("/api/v1/openapi.json");
      for (const p of Object.keys(doc.paths)) expect(html).toContain(`<code>${p}</code>`);
      expect(html).toContain(`curl -i &#39;${exampleOrigin}${DEMO}/sessions?day=2017-12-01&amp;speaker=wang-bin&#39;`);
      expect((await get("/api/v1/docs", { "If-None-Match": res.headers.get("etag")! })).status).toBe(304);
    });
  });
});
