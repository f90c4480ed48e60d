import { eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as changelogFeed from "@/app/[locale]/(public)/[conference]/changelog.atom/route";
import type { Db } from "@/db/connection";
import { insertReleaseInTransaction } from "@/db/releases/publish";
import { sessions } from "@/db/schema";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";

// The route reads the public queries under the conference's revision from a scratch database;
// outside Next.js their cache directives cache nothing, so every call reads the database.
const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn() }));

const SITE = "https://conference.example.org";
const CONFERENCE = "china-netav-2017";
const keynote = demoGuid("session/china-netav-2017/web-drama-summit/keynote-wang-bin");

// fast-xml-parser is not the library that wrote the feed: it reads it as any feed reader would.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => name === "entry",
});
const feedOf = async (locale: "en" | "zh-CN", headers?: HeadersInit) =>
  changelogFeed.GET(new Request(`http://attacker.example/${CONFERENCE}/changelog.atom`, { headers }), {
    params: Promise.resolve({ locale, conference: CONFERENCE }),
  });

describe("/{conference}/changelog.atom", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    process.env.SITE_URL = SITE;
    const { conferenceId } = await seedDemo(t.db);
    // A second release moves the keynote by an hour.
    const row = t.db.select().from(sessions).where(eq(sessions.guid, keynote)).get()!;
    const hour = 60 * 60 * 1000;
    t.db
      .update(sessions)
      .set({ startsAt: new Date(row.startsAt!.getTime() + hour), endsAt: new Date(row.endsAt!.getTime() + hour) })
      .where(eq(sessions.id, row.id))
      .run();
    insertReleaseInTransaction(t.db, {
      conferenceId,
      version: "v2-moved",
      userId: null,
      at: new Date(Date.now() + 60_000),
    });
  });
  afterAll(() => {
    delete process.env.SITE_URL;
    t.dispose();
  });

  it.each([
    ["en", "Time or room:", "Version v2-moved"],
    ["zh-CN", "时间或会场：", "版本 v2-moved"],
  ] as const)("is valid Atom with each release and its changes in %s", async (locale, moved, title) => {
    const answer = await feedOf(locale);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const body = await answer.text();
    expect(body).not.toContain("attacker.example");
    const { feed } = parser.parse(body);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(
      `${SITE}/${CONFERENCE}/changelog.atom`,
    );
    expect(feed.entry).toHaveLength(2);
    const [latest, first] = feed.entry;
    expect(latest.title["#text"]).toBe(title);
    expect(new Date(latest.updated).getTime()).toBeGreaterThan(new Date(first.updated).getTime());
    expect(latest.id).not.toBe(first.id);
    // Content is escaped HTML: read it as the reader would show it.
    const html: string = latest.content["#text"];
    expect(html).toContain(`href="${SITE}/${CONFERENCE}/sessions/${keynote}"`);
    expect(html).toContain(moved);
    expect(html.match(/<li><strong>/g)).toHaveLength(1);
  });

  it("has a strong ETag keyed by the revision and answers 304 to it", async () => {
    const first = await feedOf("en");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await feedOf("zh-CN")).headers.get("etag")).not.toBe(etag);
    const again = await feedOf("en", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("is 404 for a conference that does not exist", async () => {
    const answer = await changelogFeed.GET(new Request(`${SITE}/nope/changelog.atom`), {
      params: Promise.resolve({ locale: "en", conference: "nope" }),
    });
    expect(answer.status).toBe(404);
  });
});
