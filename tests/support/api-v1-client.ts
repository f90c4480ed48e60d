import { afterAll, beforeAll, expect } from "vitest";
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
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { exampleOrigin } from "@/lib/api/examples";
import { state } from "./app-state";
import { createTestDatabase } from "./test-database";

// The public API v1 as its tests call it: every route file by the path OpenAPI writes for it, called as
// Next.js would, over a scratch database seeded with the demo conference. The routes read the public
// queries, under each conference's revision; outside Next.js their cache directives cache nothing.

// Absolute links are written on SITE_URL; the requests below name the same origin.
process.env.SITE_URL = exampleOrigin;

export interface RouteModule {
  GET(request: Request, context: { params: Promise<Record<string, string>> }): Response | Promise<Response>;
  OPTIONS(): Response;
}

/** The route files under app/api/v1, by the path OpenAPI writes for them. */
export const router: Record<string, RouteModule> = {
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

export function route(pathname: string): { module: RouteModule; params: Record<string, string> } {
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
export async function get(pathAndQuery: string, headers: HeadersInit = {}): Promise<Response> {
  const url = new URL(pathAndQuery, exampleOrigin);
  const { module, params } = route(url.pathname);
  return module.GET(new Request(url, { headers }), { params: Promise.resolve(params) });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(pathAndQuery: string): Promise<any> {
  const res = await get(pathAndQuery);
  expect(res.status, pathAndQuery).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return res.json();
}

export const DEMO = "/api/v1/conferences/china-netav-2017";
export const keynote = demoGuid("session/china-netav-2017/web-drama-summit/keynote-wang-bin");

/** Every key anywhere in a JSON value. */
export const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

/** The file's scratch database with the demo conference seeded (call at the top of a describe); the app reads it. */
export function seededDemoApi(): { t: Awaited<ReturnType<typeof createTestDatabase>>; demoId: number } {
  const opened = {} as { t: Awaited<ReturnType<typeof createTestDatabase>>; demoId: number };
  beforeAll(async () => {
    opened.t = await createTestDatabase();
    state.db = opened.t.db;
    opened.demoId = (await seedDemo(opened.t.db)).conferenceId;
  });
  afterAll(() => {
    opened.t.dispose();
    delete process.env.SITE_URL;
  });
  return opened;
}
