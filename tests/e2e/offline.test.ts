import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, rooms, sessionPeople, sessions, speakers } from "@/db/schema";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const slug = "e2e-offline";
const days = ["2031-05-10", "2031-05-11"];
const PREFIX = "podium-offline-v1";

/** The names of the browser's caches and every URL path kept in them. */
async function kept(page: Page): Promise<{ names: string[]; paths: string[] }> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const paths: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        paths.push(url.pathname + url.search);
      }
    return { names, paths };
  });
}

/** The revision the worker has kept the conference's release whole under in `language` (its list is the last thing it keeps), or null. */
function keptRevision(page: Page, language: string, notRevision = ""): Promise<string | null> {
  return page.evaluate(
    async ([prefix, conference, language, notRevision]) => {
      for (const name of await caches.keys()) {
        const [p, c, l, revision] = name.split("|");
        if (p !== prefix || c !== conference || l !== language || decodeURIComponent(revision!) === notRevision)
          continue;
        if (await (await caches.open(name)).match(`/${conference}/offline.json`)) return decodeURIComponent(revision!);
      }
      return null;
    },
    [PREFIX, slug, language, notRevision],
  );
}

async function waitUntilKept(page: Page, language: string, notRevision?: string): Promise<string> {
  await expect.poll(() => keptRevision(page, language, notRevision), { timeout: 30_000, interval: 250 }).not.toBeNull();
  return (await keptRevision(page, language, notRevision))!;
}

const mainText = (page: Page) => page.locator("main").innerText();

// A conference of this file's own (it publishes a second release), read after one visit with the
// network off: the agenda of each day in list and grid, a session, the speakers, my agenda, a search.
describe("offline reading of a published conference", () => {
  const browser = browserForTests();
  let db: Db;
  let guids: string[];
  let context: BrowserContext;
  let page: Page;
  let conferenceId: number;

  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    conferenceId = db
      .insert(conferences)
      .values({
        slug,
        name: "Offline Conference",
        defaultLocale: "en",
        timeZone: "Asia/Shanghai",
        startDate: days[0]!,
        endDate: days[1]!,
        published: true,
      })
      .returning()
      .get().id;
    const roomId = db.insert(rooms).values({ conferenceId, slug: "hall", name: "Hall" }).returning().get().id;
    const titles = ["Opening keynote", "Second-day panel"];
    guids = days.map((date, n) => {
      const forumId = db
        .insert(forums)
        .values({ conferenceId, slug: `forum-${n + 1}`, name: `Forum ${n + 1}`, date })
        .returning()
        .get().id;
      return db
        .insert(sessions)
        .values({
          forumId,
          roomId,
          title: titles[n]!,
          status: "confirmed",
          startsAt: new Date(`${date}T01:00:00Z`),
          endsAt: new Date(`${date}T02:00:00Z`),
        })
        .returning()
        .get().guid;
    });
    const speakerId = db
      .insert(speakers)
      .values({ conferenceId, slug: "grace-hopper", name: "Grace Hopper" })
      .returning()
      .get().id;
    const first = db.select().from(sessions).where(eq(sessions.guid, guids[0]!)).get()!;
    db.insert(sessionPeople).values({ sessionId: first.id, speakerId, role: "speaker" }).run();
    await insertRelease(db, { conferenceId, version: "v1", userId: null });

    context = await browser().newContext({ locale: "en", viewport: { width: 390, height: 844 } });
    // The first session is starred before the first visit, so my agenda has something to show.
    await context.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [`podium:stars:${slug}`, JSON.stringify([guids[0]])],
    );
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    db?.$client.close();
  });

  let firstRevision: string;

  it("keeps the conference after one visit, and reads it with the network off", async () => {
    const started = performance.now();
    await page.goto(`${baseURL}/${slug}/agenda`);
    firstRevision = await waitUntilKept(page, "en");
    console.log(`offline copy kept ${Math.round(performance.now() - started)} ms after the first visit`);
    const { paths } = await kept(page);
    expect(paths).toEqual(
      expect.arrayContaining([
        `/${slug}/agenda?view=grid&day=${days[1]}`,
        `/${slug}/sessions/${guids[1]}`,
        `/${slug}/my-agenda?sessions=${guids[0]}`,
      ]),
    );
    expect(paths.some((p) => p.startsWith("/_next/static/"))).toBe(true);

    await context.setOffline(true);
    // A release published while the browser is offline: what it shows must come from its own copy.
    db.update(sessions).set({ title: "Opening keynote, moved" }).where(eq(sessions.guid, guids[0]!)).run();
    await insertRelease(db, { conferenceId, version: "v2", userId: null });

    await page.reload();
    expect(await mainText(page)).toContain("Opening keynote");
    expect(await mainText(page)).not.toContain("moved");
    await page.locator(`main a[href="/${slug}/agenda?day=${days[1]}"]`).first().click();
    await page.waitForURL(`**/agenda?day=${days[1]}`);
    expect(await mainText(page)).toContain("Second-day panel");
    await page.goto(`${baseURL}/${slug}/agenda?view=grid&day=${days[0]}`);
    expect(await page.locator("main .agenda-grid").count()).toBe(1);
    expect(await mainText(page)).toContain("Opening keynote");
    await page.goto(`${baseURL}/${slug}/sessions/${guids[0]}`);
    expect(await mainText(page)).toContain("Grace Hopper");
    await page.goto(`${baseURL}/${slug}/speakers`);
    expect(await mainText(page)).toContain("Grace Hopper");
    // My agenda moves to the list of its stars (a client navigation that fails offline, then a full one).
    await page.goto(`${baseURL}/${slug}/my-agenda`);
    await page.waitForURL(`**/my-agenda?sessions=${guids[0]}`);
    await expect.poll(() => mainText(page)).toContain("Opening keynote");
  });

  it("never serves the workspace, sign-in or the API offline", async () => {
    // In a page of its own: the browser's error page would cut short the next navigation of this one.
    const probe = await context.newPage();
    for (const path of ["/admin", "/signin", "/me"])
      await expect(probe.goto(`${baseURL}${path}`), path).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    // Left open (the context closes it): closing a tab while Chromium still commits its offline
    // error page waited the test's whole minute in headless Chromium.
  });

  it("shows no other language's copy after a switch of language", async () => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL }]);
    const probe = await context.newPage();
    await expect(probe.goto(`${baseURL}/${slug}/agenda`)).rejects.toThrow(/ERR_FAILED/);
    await probe.close();
    await context.clearCookies();
  });

  it("searches the kept index with the network off, from the box and from a shared link", async () => {
    // Search answers from the release's index kept beside the pages (search-index.json).
    await page.goto(`${baseURL}/${slug}/search`);
    const box = page.locator("main input[type='search']").first();
    await box.fill("panel");
    await box.press("Enter");
    await expect.poll(() => mainText(page)).toContain("Second-day panel");
    // A shared search link opened offline: the kept page has no query, the island answers the address's.
    await page.goto(`${baseURL}/${slug}/search?q=keynote`);
    await expect.poll(() => mainText(page)).toContain("Opening keynote");
    expect(await page.locator("main input[type='search']").first().inputValue()).toBe("keynote");
  });

  it("replaces the kept copy with a new release once online, says so, and has kept no workspace page", async () => {
    await context.setOffline(false);
    await page.goto(`${baseURL}/${slug}/agenda`);
    expect(await mainText(page)).toContain("Opening keynote, moved");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "A new version of the programme was published" }).count())
      .toBe(1);
    const secondRevision = await waitUntilKept(page, "en", firstRevision);
    const { names, paths } = await kept(page);
    // Nothing of the workspace, sign-in or the API was kept by anything this file did. (Read online,
    // once every offline case is done: one read right after the offline probes hung in headless Chromium.)
    expect(paths.filter((p) => /^\/(admin|signin|signup|me|api|invite|invitations)(\/|$|\?)/.test(p))).toEqual([]);
    expect(names.filter((n) => n.startsWith(`${PREFIX}|${slug}|`))).toEqual([
      `${PREFIX}|${slug}|en|${encodeURIComponent(secondRevision)}`,
    ]);
    await context.setOffline(true);
    await page.goto(`${baseURL}/${slug}/sessions/${guids[0]}`);
    expect(await mainText(page)).toContain("Opening keynote, moved");
    await context.setOffline(false);
  });
});
