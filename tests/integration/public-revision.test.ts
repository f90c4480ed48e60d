import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import { conferences, sessions } from "@/db/schema";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { PageStore } from "@/scripts/server/page-store";
import { PublicPages } from "@/scripts/server/public-pages";
import type { Render } from "@/scripts/server/render";
import { Revisions } from "@/scripts/server/revisions";
import { createTestDatabase } from "../support/test-database";

// A change made by another connection, as `npm run import -- FILE --publish` makes one beside
// the running server, reaches every public read through the conference's revision alone:
// reads take it per request and are keyed by it. No cache is told anything.
const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
const cache = vi.hoisted(() => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/cache", () => cache);

const { currentRevision, readPublishedProgramme } = await import("@/db/queries/public");
const { findPublicState } = await import("@/db/queries/public-index");

const DEMO = "china-netav-2017";
const keynote = demoGuid("session/china-netav-2017/web-drama-summit/keynote-wang-bin");

describe("one revision, used as the key", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let demoId: number;
  /** Another process's connection to the same file. */
  let elsewhere: Db;
  let version = 1;
  const publishElsewhere = async (change: () => void) => {
    change();
    await insertRelease(elsewhere, { conferenceId: demoId, version: `v${++version}`, userId: null });
  };
  const retitle = (title: string) => elsewhere.update(sessions).set({ title }).where(eq(sessions.guid, keynote)).run();
  const setPublished = (published: boolean) =>
    elsewhere.update(conferences).set({ published }).where(eq(conferences.id, demoId)).run();

  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    demoId = (await seedDemo(t.db)).conferenceId;
    elsewhere = openDatabase(t.file);
  });
  afterAll(() => {
    elsewhere.$client.close();
    t.dispose();
  });
  afterEach(() => {
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(cache.revalidateTag).not.toHaveBeenCalled();
    expect(cache.cacheTag).not.toHaveBeenCalled();
  });

  it("moves with a release published elsewhere, and reads under the new revision see it", async () => {
    const before = (await readPublishedProgramme(DEMO))!;
    expect(before.revision).toBe(currentRevision(DEMO)!.revision);
    await publishElsewhere(() => retitle("推原创之波（第二版）"));
    const after = (await readPublishedProgramme(DEMO))!;
    expect(after.revision).not.toBe(before.revision);
    expect(after.version).toBe(`v${version}`);
    expect(after.snapshot.sessions.find((s) => s.guid === keynote)?.title).toBe("推原创之波（第二版）");
  });

  it("is nothing while the conference is unpublished, and a new value when it is published again", async () => {
    const before = currentRevision(DEMO)!.revision;
    setPublished(false);
    expect(currentRevision(DEMO)).toBeNull();
    expect(await readPublishedProgramme(DEMO)).toBeNull();
    setPublished(true);
    expect(currentRevision(DEMO)?.revision).toBeDefined();
    expect(currentRevision(DEMO)!.revision).not.toBe(before);
  });

  it("keys the proxy's index of public URLs: the same object while current, the new release at once after", async () => {
    const first = findPublicState(DEMO)!;
    expect(findPublicState(DEMO)).toBe(first);
    expect(first.index.sessions.has(keynote)).toBe(true);
    await publishElsewhere(() => elsewhere.delete(sessions).where(eq(sessions.guid, keynote)).run());
    const next = findPublicState(DEMO)!;
    expect(next.revision).not.toBe(first.revision);
    expect(next.index.sessions.has(keynote)).toBe(false);
    setPublished(false);
    expect(findPublicState(DEMO)).toBeNull();
    setPublished(true);
  });
});

describe("the store of rendered pages", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let demoId: number;
  let elsewhere: Db;
  let server: Server;
  let revisions: Revisions;
  let base: string;
  const store = new PageStore(10_000_000);
  let renders = 0;
  // Stands in for Next.js: each render is new bytes, so a page served again is a page kept.
  const render: Render = async (_url, locale) => ({
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "content-language": locale },
    body: Buffer.from(`<html lang="${locale}">render ${++renders}</html>`),
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    demoId = (await seedDemo(t.db)).conferenceId;
    elsewhere = openDatabase(t.file);
    revisions = new Revisions(t.file);
    const pages = new PublicPages({
      store,
      revisions,
      render,
      next: async (_req, res) => void res.writeHead(599).end(),
      isRender: () => false,
      extraHeaders: {},
    });
    server = createServer((req, res) => void pages.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    revisions.close();
    elsewhere.$client.close();
    t.dispose();
  });

  const get = (headers: Record<string, string> = {}) =>
    fetch(`${base}/${DEMO}/speakers`, { headers: { "accept-language": "zh-CN", ...headers } });

  it("serves bytes while the revision holds, and renders again once a release elsewhere moves it", async () => {
    const first = await get();
    expect([first.status, first.headers.get("x-podium-cache"), await first.text()]).toEqual([
      200,
      "miss",
      '<html lang="zh-CN">render 1</html>',
    ]);
    const etag = first.headers.get("etag")!;
    expect((await get()).headers.get("x-podium-cache")).toBe("hit");
    expect((await get({ "if-none-match": `W/${etag}` })).status).toBe(304);

    // Another connection commits: SQLite's data_version moves, and the very next request sees it.
    await insertRelease(elsewhere, { conferenceId: demoId, version: "v2", userId: null });
    const after = await get({ "if-none-match": etag });
    expect([after.status, after.headers.get("x-podium-cache"), await after.text()]).toEqual([
      200,
      "miss",
      '<html lang="zh-CN">render 2</html>',
    ]);
    expect(after.headers.get("etag")).not.toBe(etag);
    // The older revision's bytes are gone, not merely unreachable.
    expect(store.size.pages).toBe(1);
  });
});
