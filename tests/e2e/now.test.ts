import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { busyAfternoon, conference, duringTalk } from "./support/now-pages";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");

describe("now and next", () => {
  const browser = browserForTests();

  it("shows what is on and next in each room, by forum, in Chinese", async () => {
    const { page, errors, status, close } = await openPage(browser(), `${baseURL}${conference}/now?at=${duringTalk}`);
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: "正在进行与即将开始" }).waitFor();
    await page.getByText("预览：").first().waitFor();
    expect(await page.getByText("时间为 Asia/Shanghai (UTC+8)").isVisible()).toBe(true);
    const forum = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "网络剧高峰论坛" }) });
    const room = forum.locator("article", { has: page.getByRole("heading", { level: 3, name: "分论坛一厅" }) });
    expect(await room.getByRole("link", { name: "新时代网剧的当下与未来" }).isVisible()).toBe(true);
    expect(await room.getByText("09:30–09:50").isVisible()).toBe(true);
    expect(await room.getByRole("link", { name: "市场化的影视人才培养思路为精品网剧提供原动力" }).isVisible()).toBe(
      true,
    );
    // The other rooms are done for the conference: not listed while it runs.
    expect(await page.locator("article").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("says the same in English, with every room that is busy on a busy afternoon", async () => {
    const { page, errors, close } = await openPage(browser(), `${baseURL}${conference}/now?at=${busyAfternoon}`, {
      language: "en-US",
    });
    await page.getByRole("heading", { level: 1, name: "Now and next" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual([
      "Internet Audio-Visual Expo",
      "Project Pitch Session",
      "Internet Audio-Visual Gala",
      "Web Drama Summit",
    ]);
    const gala = page.locator("article", { has: page.getByRole("heading", { name: "Main Hall" }) });
    expect(await gala.getByText("Nothing on").isVisible()).toBe(true);
    expect(await gala.getByText("19:00–21:00").isVisible()).toBe(true);
    // A room idle until tomorrow says which day its next session is on.
    const hall = page.locator("article", { has: page.getByRole("heading", { name: "Forum Hall 1" }) });
    expect(await hall.getByText("Fri, Dec 1 09:00–09:30").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("says before the conference what comes first, and after it what was last", async () => {
    const before = await openPage(browser(), `${baseURL}${conference}/now?at=2017-11-28T12:00`);
    await before.page.getByText("大会尚未开始，将于 11月29日星期三 09:00 开始。各会场的第一场：").waitFor();
    expect(await before.page.getByRole("link", { name: "开幕式" }).isVisible()).toBe(true);
    await before.close();
    const after = await openPage(browser(), `${baseURL}${conference}/now?at=2017-12-02T09:00`, { language: "en" });
    await after.page.getByText("The conference is over. The last session in each room:").waitFor();
    const hall = after.page.locator("article", { has: after.page.getByRole("heading", { name: "Forum Hall 1" }) });
    expect(await hall.getByText("Last").isVisible()).toBe(true);
    expect(await hall.getByRole("link", { name: "Quality and Scale in Online Film and Television" }).isVisible()).toBe(
      true,
    );
    await after.close();
  });

  it("answers the JSON with an ETag, and 304 while nothing changed", async () => {
    const url = `${baseURL}${conference}/now.json?at=${duringTalk}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag")!;
    const state = (await first.json()) as {
      phase: string;
      nextChangeAt: string;
      rooms: { room: string; now: { guid: string }[] }[];
    };
    expect(state.phase).toBe("during");
    expect(state.nextChangeAt).toBe("2017-12-01T01:50:00.000Z");
    expect(state.rooms.find((r) => r.room === "forum-hall-1")?.now.map((s) => s.guid)).toEqual([
      "d409ee8f-6121-5db5-960c-f52bead6acb0",
    ]);
    const again = await fetch(url, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // A minute later nothing changed (same tag, in either language); at the boundary it did.
    const later = await fetch(`${baseURL}${conference}/now.json?at=2017-12-01T09:49`, {
      headers: { "If-None-Match": etag, "Accept-Language": "en" },
    });
    expect(later.status).toBe(304);
    const boundary = await fetch(`${baseURL}${conference}/now.json?at=2017-12-01T09:50`, {
      headers: { "If-None-Match": etag },
    });
    expect(boundary.status).toBe(200);
    // The live state, too: asked twice in a row it is the same (a boundary between is a one-in-a-thousand chance).
    const live = await fetch(`${baseURL}${conference}/now.json`);
    const liveAgain = await fetch(`${baseURL}${conference}/now.json`, {
      headers: { "If-None-Match": live.headers.get("etag")! },
    });
    expect([304, 200]).toContain(liveAgain.status);
    expect((await fetch(`${baseURL}/no-such-conference/now.json`)).status).toBe(404);
  });

  it("refreshes itself in place when the JSON says something changed", async () => {
    const { page, errors, close } = await openPage(browser(), `${baseURL}${conference}/now?at=${duringTalk}`, {
      clock: new Date(),
      serviceWorkers: "block",
    });
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    const polls: (string | null)[] = [];
    let refreshed = false;
    page.on("request", (r) => {
      const headers = r.headers();
      // The page's own RSC payload asked again, not a prefetch of a link.
      const prefetch = Object.keys(headers).some((name) => name.includes("prefetch"));
      if (headers["rsc"] === "1" && !prefetch && new URL(r.url()).pathname === `${conference}/now`) refreshed = true;
    });
    await page.route(
      (url) => url.pathname === `${conference}/now.json`,
      async (route) => {
        polls.push(route.request().headers()["if-none-match"] ?? null);
        // The first poll finds nothing new; the second a new release.
        if (polls.length === 1) await route.continue();
        else await route.fulfill({ status: 200, headers: { ETag: '"new"' }, json: { nextChangeAt: null } });
      },
    );
    // Polls and refreshes are requests a loaded machine may take seconds to make.
    await page.clock.runFor(31_000);
    await expect.poll(() => polls.length, { timeout: 15_000 }).toBe(1);
    expect(polls[0]).toMatch(/^"/);
    expect(refreshed).toBe(false);
    // The next half-minute mark, and the poll's spread of up to 2 s past it: the clock moves on until the page asks.
    await expect
      .poll(
        async () => {
          if (!refreshed) await page.clock.runFor(5_000);
          return refreshed;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    // Updated in place: the same document, no reload.
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("offers the now page from the agenda while the conference runs, and only then", async () => {
    const during = await openPage(browser(), `${baseURL}${conference}/agenda`, {
      clock: new Date("2017-12-01T02:00:00Z"),
    });
    await during.page.getByRole("link", { name: "查看正在进行的议程" }).click();
    await during.page.waitForURL(`${baseURL}${conference}/now`);
    await during.page.getByRole("heading", { level: 1, name: "正在进行与即将开始" }).waitFor();
    await during.close();
    const after = await openPage(browser(), `${baseURL}${conference}/agenda`, {
      clock: new Date("2017-12-05T02:00:00Z"),
    });
    await after.page.getByRole("heading", { level: 1, name: "日程" }).waitFor();
    expect(await after.page.getByRole("link", { name: "查看正在进行的议程" }).count()).toBe(0);
    await after.close();
  });
});
