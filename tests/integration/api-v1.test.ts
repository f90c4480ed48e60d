import "../support/app-harness";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, sessions } from "@/db/schema";
import { endpoints } from "@/lib/api/endpoints";
import { exampleOrigin } from "@/lib/api/examples";
import { errorSchema, type ApiSession } from "@/lib/api/schemas";
import { DEMO, get, json, keynote, keysOf, route, router, seededDemoApi } from "../support/api-v1-client";

describe("public API v1", () => {
  const seeded = seededDemoApi();

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
    const hiddenId = seeded.t.db
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
    const forumId = seeded.t.db
      .insert(forums)
      .values({ conferenceId: hiddenId, slug: "main", name: "Main", date: "2030-05-01" })
      .returning()
      .get().id;
    seeded.t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Hidden talk",
        status: "confirmed",
        startsAt: new Date("2030-05-01T01:00:00Z"),
        endsAt: new Date("2030-05-01T02:00:00Z"),
      })
      .run();
    await insertRelease(seeded.t.db, { conferenceId: hiddenId, version: "v1", userId: null });
    seeded.t.db
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
});
