import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const conference = `${baseURL}/china-netav-2017`;

describe("the public agenda in a real browser", () => {
  const browser = browserForTests();

  it("goes from the conference to the agenda, switches views and filters to the web drama summit", async () => {
    const { page, errors, close } = await openPage(browser(), conference);
    await page.getByRole("link", { name: "查看完整日程" }).click();
    await page.getByRole("heading", { level: 1, name: "日程" }).waitFor();
    // No view chosen: the list, on a wide screen too, and the grid is not in the page at all.
    expect(await page.getByRole("region", { name: /日程列表/ }).isVisible()).toBe(true);
    expect(await page.locator(".agenda-grid").count()).toBe(0);

    await page
      .getByRole("navigation", { name: "日期" })
      .getByRole("link", { name: /12月1日/ })
      .click();
    await page.waitForURL(/day=2017-12-01/);
    await page.getByLabel("论坛", { exact: true }).selectOption({ label: "网络剧高峰论坛" });
    await page.getByRole("button", { name: "应用筛选" }).click();
    await page.waitForURL(/forum=web-drama-summit/);
    await page.getByText("7 场").waitFor();

    await page.getByRole("navigation", { name: "视图" }).getByRole("link", { name: "网格" }).click();
    await page.waitForURL(/view=grid/);
    await page.getByRole("region", { name: /网格日程/ }).waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      view: "grid",
      day: "2017-12-01",
      forum: "web-drama-summit",
    });
    await page.getByRole("navigation", { name: "视图" }).getByRole("link", { name: "列表" }).click();
    await page.waitForURL((url) => !url.searchParams.has("view"));
    const list = page.getByRole("region", { name: /日程列表/ });
    await list.waitFor();
    // The list is the default: its link leaves `view` out, so the page has one URL (and one stored copy).
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      day: "2017-12-01",
      forum: "web-drama-summit",
    });
    expect(await list.getByRole("link", { name: "推原创之波，助精品之澜" }).isVisible()).toBe(true);
    expect(await list.getByRole("article").count()).toBe(7);

    // The filtered agenda is a link one can share: opening it again gives the same page.
    const shared = await openPage(browser(), page.url());
    await shared.page
      .getByRole("region", { name: /日程列表/ })
      .getByRole("article")
      .nth(6)
      .waitFor();
    expect(
      await shared.page
        .getByRole("region", { name: /日程列表/ })
        .getByRole("article")
        .count(),
    ).toBe(7);
    await shared.close();
    expect(errors).toEqual([]);
    await close();
  });

  it("reads the agenda in English", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${conference}/agenda?day=2017-12-01&forum=web-drama-summit&view=grid`,
      { language: "en-US" },
    );
    await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
    const grid = page.getByRole("region", { name: /Grid of/ });
    expect(await grid.getByText("Forum Hall 1", { exact: true }).isVisible()).toBe(true);
    expect(
      await grid.getByRole("link", { name: /^Cross-Platform Operation of IP, 10:50–11:30, Forum Hall 1/ }).isVisible(),
    ).toBe(true);
    expect(await page.getByText("Asia/Shanghai (UTC+8)").first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("stars two sessions and finds exactly them in my agenda and its calendar", async () => {
    const { page, context, errors, close } = await openPage(
      browser(),
      `${conference}/agenda?day=2017-12-01&forum=web-drama-summit&view=list`,
    );
    await page.getByRole("button", { name: "收藏《推原创之波，助精品之澜》" }).click();
    await page.getByRole("button", { name: "收藏《IP的跨平台运营》" }).click();
    expect(await page.getByRole("button", { name: "取消收藏《IP的跨平台运营》" }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    await page.getByRole("navigation", { name: "会议导航" }).getByRole("link", { name: "我的日程" }).click();
    await page.waitForURL(/my-agenda\?sessions=/);
    await page.getByRole("heading", { level: 1, name: "我的日程" }).waitFor();
    await page.getByRole("link", { name: "IP的跨平台运营" }).waitFor();
    const titles = await page.getByRole("main").getByRole("article").getByRole("heading").allTextContents();
    expect(titles).toEqual(["推原创之波，助精品之澜", "IP的跨平台运营"]);

    const ics = await context.request.get(
      new URL((await page.getByRole("link", { name: "下载我的日历 (.ics)" }).getAttribute("href"))!, baseURL).href,
    );
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const body = await ics.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain("SUMMARY:IP的跨平台运营");

    // Unstarring on my agenda takes the session off the page.
    await page.getByRole("button", { name: "取消收藏《推原创之波，助精品之澜》" }).click();
    // Next keeps the pages visited before hidden in the DOM, so count by role: hidden elements have none.
    await page.getByRole("main").getByRole("link", { name: "推原创之波，助精品之澜" }).waitFor({ state: "detached" });
    expect(await page.getByRole("main").getByRole("article").count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens a session with its people, roles, calendar file and neighbours in the room", async () => {
    const { page, context, errors, close } = await openPage(browser(), `${conference}/agenda?day=2017-12-01&view=list`);
    await page.getByRole("link", { name: "IP的跨平台运营" }).click();
    await page.getByRole("heading", { level: 1, name: "IP的跨平台运营" }).waitFor();
    const people = page.getByRole("region", { name: "嘉宾" });
    expect((await people.getByRole("listitem").first().textContent())?.replace(/\s+/g, "")).toContain("主持李霞");
    expect(await page.getByText("时区：Asia/Shanghai (UTC+8)").isVisible()).toBe(true);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(
      "IP的跨平台运营 · 第五届中国网络视听大会",
    );
    expect(await page.locator('meta[property="og:url"]').getAttribute("content")).toMatch(
      /\/china-netav-2017\/sessions\/[0-9a-f-]{36}$/,
    );
    expect(await page.getByRole("link", { name: /上一场（同会场）/ }).isVisible()).toBe(true);
    const ics = await context.request.get(
      new URL((await page.getByRole("link", { name: "添加到日历 (.ics)" }).getAttribute("href"))!, baseURL).href,
    );
    expect(await ics.text()).toMatch(/DTSTART;TZID=Asia\/Shanghai:20171201T105000/);
    await page.getByRole("link", { name: "李霞" }).click();
    await page.getByRole("heading", { level: 1, name: "李霞" }).waitFor();
    expect(await page.getByRole("region", { name: "参与的日程" }).getByRole("listitem").count()).toBe(3);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the list by default on a phone and fits 360 px without sideways scrolling", async () => {
    for (const width of [390, 360]) {
      const { page, errors, close } = await openPage(browser(), `${conference}/agenda?day=2017-12-01`, { width });
      await page.getByRole("heading", { level: 1, name: "日程" }).waitFor();
      expect(await page.getByRole("region", { name: /日程列表/ }).isVisible()).toBe(true);
      expect(await page.getByRole("region", { name: /网格日程/ }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(errors).toEqual([]);
      await close();
    }
  });

  it("ignores bad query parameters and gives unknown slugs a real 404", async () => {
    const bad = await openPage(
      browser(),
      `${conference}/agenda?day=2099-99-99&view=%00&forum[]=x&kind=<script>&room=${"x".repeat(3000)}`,
    );
    expect(bad.status).toBe(200);
    await bad.page.getByRole("heading", { level: 1, name: "日程" }).waitFor();
    await bad.close();
    // One tab walks the unknown slugs: each answer's status is the page's, whatever came before.
    const missing = await openPage(browser(), conference + "/sessions/00000000-0000-4000-8000-000000000000");
    expect(missing.status, "an unknown session").toBe(404);
    for (const path of ["/speakers/nobody", "/forums/nothing-here", "/../no-such"]) {
      const response = await missing.page.goto(conference + path, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(404);
    }
    await missing.close();
  });

  it("shows the viewer's own time zone beside the conference's when asked", async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-US",
      timezoneId: "Europe/Berlin",
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${conference}/sessions/${await firstSessionGuid()}`, { waitUntil: "networkidle" });
    await page.getByLabel("Also show my time zone (Europe/Berlin)").check();
    await page
      .getByText(/Your time: .*02:00–02:30 \(Europe\/Berlin\)/)
      .first()
      .waitFor();
    await context.close();
  });

  async function firstSessionGuid(): Promise<string> {
    const response = await fetch(`${conference}/schedule.ics`);
    const keynote = (await response.text())
      .split("BEGIN:VEVENT")
      .find((event) => event.includes("DTSTART;TZID=Asia/Shanghai:20171201T090000"));
    return /UID:([0-9a-f-]{36})@podium/.exec(keynote ?? "")![1]!;
  }

  it("has no serious accessibility violations on the public pages, in Chinese and in English", async () => {
    const session = `/china-netav-2017/sessions/${await firstSessionGuid()}`;
    const both = [
      "/china-netav-2017/agenda?day=2017-12-01&view=grid",
      "/china-netav-2017/agenda?day=2017-12-01",
      "/china-netav-2017/forums/web-drama-summit",
      "/china-netav-2017/speakers/wang-bin",
      "/china-netav-2017/search?q=咪咕",
      session,
    ];
    const pages = {
      "zh-CN": [
        "/",
        "/china-netav-2017",
        ...both,
        "/china-netav-2017/speakers",
        "/china-netav-2017/my-agenda?sessions=",
      ],
      "en-US": [...both, "/china-netav-2017/search?q=migu"],
    };
    const found: Record<string, unknown> = {};
    // One page per language, walked from path to path; the two languages side by side.
    const walk = async ([language, paths]: [string, string[]]) => {
      const { page, close } = await openPage(browser(), baseURL + paths[0], { language });
      for (const path of paths) {
        if (path !== paths[0]) await page.goto(baseURL + path, { waitUntil: "load" });
        const violations = await seriousViolations(page);
        if (violations.length) found[`${language} ${path}`] = violations;
      }
      await close();
    };
    await Promise.all(Object.entries(pages).map(walk));
    expect(found).toEqual({});
  });
});
