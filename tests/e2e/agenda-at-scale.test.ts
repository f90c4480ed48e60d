import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateConferenceInto } from "@/db/bench/generate";
import { openDatabase } from "@/db/connection";
import { hasShared, sharedPath } from "../support/shared-data";
import { seriousViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");

// The agenda at the size of FOSDEM (which has 29 rooms on a day and long English forum names): a
// conference generated into the served database, 600 sessions over two days in 40 rooms, read in English
// as it was when these were found. Such a day comes as closed forum groups (lib/agenda/agenda-groups.ts);
// a second conference, of 100 sessions a day in the same 40 rooms, is shown whole, as a wide grid.
// One browser page walks through them.
describe("the agenda of a large conference", () => {
  let browser: Browser;
  let page: Page;
  let agenda: string;
  let wideGrid: string;
  beforeAll(async () => {
    const db = openDatabase(inject("databaseFile"));
    try {
      const large = generateConferenceInto(db, {
        sessions: 600,
        rooms: 40,
        days: 2,
        startDate: "2031-05-20",
        publish: true,
      });
      agenda = `${baseURL}/${large.slug}/agenda?day=2031-05-20`;
      const wide = generateConferenceInto(db, {
        sessions: 200,
        rooms: 40,
        days: 2,
        startDate: "2032-06-10",
        publish: true,
      });
      wideGrid = `${baseURL}/${wide.slug}/agenda?day=2032-06-10&view=grid`;
    } finally {
      db.$client.close();
    }
    browser = await launchBrowser();
    // Without the offline worker, which would fetch a page per session and speaker meanwhile.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      serviceWorkers: "block",
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const sessionsIn = (text: string | null) => Number(/(\d+) sessions?/.exec(text ?? "")?.[1]);

  it("gives a phone the large day as closed forum groups, at most 3,000 elements, with filters that fit", async () => {
    await page.goto(agenda);
    const list = page.getByRole("region", { name: /^Sessions of/ });
    await list.waitFor();
    // Neither view's sessions are in the page, only their forums.
    expect(await page.locator(".agenda-grid, .agenda-list, article").count()).toBe(0);
    const count = sessionsIn(await page.getByRole("heading", { level: 2 }).textContent());
    expect(count).toBeGreaterThan(250);
    const summaries = await list.locator("summary").allInnerTexts();
    expect(summaries.length).toBeGreaterThan(1);
    expect(summaries.map(sessionsIn).reduce((a, b) => a + b, 0)).toBe(count);
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThanOrEqual(3000);
    expect(await sideways()).toBeLessThanOrEqual(0);
    const apply = await page.getByRole("button", { name: "Apply filters" }).boundingBox();
    expect(apply!.x + apply!.width).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("opens a forum's group in place with its sessions, whose stars work", async () => {
    const group = page.locator("#agenda-groups details").nth(1);
    const expected = sessionsIn(await group.locator("summary").innerText());
    await group.locator("summary").click();
    await expect.poll(() => group.getByRole("article").count()).toBe(expected);
    const star = group.getByRole("button", { name: /^Star “/ }).first();
    const name = (await star.getAttribute("aria-label"))!.replace(/^Star/, "Unstar");
    await star.click();
    const starred = group.getByRole("button", { name, exact: true });
    expect(await starred.getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("podium:stars:")))).toBe(true);
    // Closed and opened again, it is not loaded twice.
    await group.locator("summary").click();
    await group.locator("summary").click();
    expect(await group.getByRole("article").count()).toBe(expected);
    expect(await seriousViolations(page)).toEqual([]);
    await starred.click();
  });

  it("keeps filters in the URL: a forum's day is shown whole, and a filtered large day's groups load it filtered", async () => {
    const href = (await page.locator("#agenda-groups details").first().getAttribute("data-src"))!;
    const forum = new URL(href, baseURL).searchParams.get("forum");
    await page.goto(`${agenda}&forum=${forum}`);
    const forumCount = sessionsIn(await page.getByRole("heading", { level: 2 }).textContent());
    expect(
      await page
        .getByRole("region", { name: /^Sessions of/ })
        .getByRole("article")
        .count(),
    ).toBe(forumCount);
    expect(await page.locator("details").count()).toBe(0);

    await page.goto(`${agenda}&kind=talk`);
    const talks = sessionsIn(await page.getByRole("heading", { level: 2 }).textContent());
    const sources = await page
      .locator("#agenda-groups details")
      .evaluateAll((all) => all.map((d) => d.getAttribute("data-src")));
    if (talks > 120) {
      expect(sources.length).toBeGreaterThan(1);
      expect(sources.every((s) => s?.includes("kind=talk"))).toBe(true);
    } else expect(sources).toEqual([]);
    expect(await page.locator("#agenda-filter-kind").inputValue()).toBe("talk");
  });

  it("gives the grid of a large day as groups too, each opening to its own grid", async () => {
    await page.goto(agenda);
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Grid" }).click();
    await page.waitForURL(/view=grid/);
    const grid = page.getByRole("region", { name: /^Grid of/ });
    await grid.waitFor();
    expect(await page.locator(".agenda-grid").count()).toBe(0);
    const group = grid.locator("details").first();
    const expected = sessionsIn(await group.locator("summary").innerText());
    await group.locator("summary").click();
    await group.locator(".agenda-grid").waitFor();
    expect(await group.locator(".agenda-grid article").count()).toBe(expected);
    expect(await sideways()).toBeLessThanOrEqual(0);
  });

  it("shows a wide grid across the window, keeps rooms and times in view and every block legible", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(wideGrid);
    const grid = page.getByRole("region", { name: /^Grid of/ });
    expect((await grid.boundingBox())!.width).toBeGreaterThan(1366 - 40);

    // Scrolled down and across, the room names still head the grid and the times still run down its left.
    const stuck = await grid.evaluate((el) => {
      el.scrollIntoView();
      el.scrollTop = 900;
      el.scrollLeft = 1200;
      const box = el.getBoundingClientRect();
      const at = (x: number, y: number) => {
        const found = document.elementFromPoint(x, y);
        return { text: found?.textContent ?? "", inBlock: Boolean(found?.closest("article")) };
      };
      return { top: at(box.left + box.width / 2, box.top + 10), left: at(box.left + 10, box.top + box.height / 2) };
    });
    expect(stuck.top).toEqual({ text: expect.stringMatching(/^[A-Z]\d{3}会议室$|^主会场$/), inBlock: false });
    expect(stuck.left).toEqual({ text: expect.stringMatching(/^\d\d:\d\d$/), inBlock: false });

    const blocks = await grid.locator("article").evaluateAll((articles) =>
      articles.map((a) => {
        const title = a.querySelector(".agenda-block-title") as HTMLElement;
        return {
          height: a.getBoundingClientRect().height,
          fits: title.offsetTop + title.offsetHeight <= a.clientHeight,
        };
      }),
    );
    expect(blocks.length).toBeGreaterThan(60);
    // Two lines of title and a line of people, however short the session (3.75rem less the cell's edges,
    // to the pixel: row heights land on fractions of one).
    expect(Math.min(...blocks.map((b) => b.height))).toBeGreaterThanOrEqual(57.5);
    expect(blocks.filter((b) => !b.fits)).toEqual([]);

    // A title cut to its block is whole on focus, and named in full with its room.
    const links = grid.locator(".agenda-block-link");
    const index = await links.evaluateAll((all) =>
      all.findIndex((l) => {
        const title = l.querySelector(".agenda-block-title") as HTMLElement;
        return title.scrollHeight > title.clientHeight + 1;
      }),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const link = links.nth(index);
    await link.focus();
    const shown = await link.evaluate((l) => {
      const title = l.querySelector(".agenda-block-title") as HTMLElement;
      const block = l.closest("article")!.getBoundingClientRect();
      return {
        whole: title.scrollHeight <= title.clientHeight + 1 && title.getBoundingClientRect().bottom <= block.bottom,
        title: l.getAttribute("title") ?? "",
        // What is seen: the time and room heard after the title are zero-size text.
        text: [...title.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.classList.contains("agenda-block-where")))
          .map((n) => n.textContent)
          .join(""),
      };
    });
    expect(shown.whole).toBe(true);
    expect(shown.text).toContain(shown.title);
    expect(shown.whole).toBe(true);
    expect(shown.title).toBe(shown.text);

    expect(await seriousViolations(page)).toEqual([]);
  });
});

// A real programme of that size: FOSDEM 2025 imported under a slug of its own (its guids then get this
// conference's own, whatever other files imported), read in English on a phone, on its busiest day.
const fosdemFile = "data/real/fosdem-2025.xml";
describe.skipIf(!hasShared(fosdemFile))("the agenda of FOSDEM 2025", () => {
  const browser = browserForTests();

  beforeAll(() => {
    const root = path.resolve(import.meta.dirname, "../..");
    const imported = spawnSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/import.ts", sharedPath(fosdemFile), "--conference", "fosdem-weighed", "--publish"],
      { cwd: root, env: { ...process.env, DATABASE_URL: inject("databaseFile") }, encoding: "utf8" },
    );
    expect(imported.status, imported.stderr).toBe(0);
  });

  it("has at most 3,000 elements on its busiest day, and its forums open to their sessions", async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      serviceWorkers: "block",
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/fosdem-weighed/agenda?day=2025-02-02`);
    const heading = await page.getByRole("heading", { level: 2 }).textContent();
    expect(Number(/(\d+) sessions/.exec(heading ?? "")?.[1])).toBeGreaterThan(400);
    expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThanOrEqual(3000);
    const group = page.locator("#agenda-groups details").filter({ hasText: "Low-level AI Engineering and Hacking" });
    const count = Number(/(\d+) sessions?/.exec(await group.locator("summary").innerText())?.[1]);
    await group.locator("summary").click();
    await expect.poll(() => group.getByRole("article").count()).toBe(count);
    expect(await group.getByRole("article").first().innerText()).toContain("Low-level AI Engineering and Hacking");
    await context.close();
  });
});

// The page store keeps a public page as the bytes Next.js rendered once. Those bytes must hold
// the page itself, not a placeholder that scripts swap for it later (a grey flash, a jumping footer).
describe("public pages as the page store keeps them", () => {
  const browser = browserForTests();

  it("show their content before any script runs", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${baseURL}/china-netav-2017/agenda?day=2017-12-01`);
    const session = await page.getByRole("link", { name: "IP的跨平台运营" }).getAttribute("href");
    for (const path of [
      "/china-netav-2017",
      "/china-netav-2017/agenda?day=2017-12-01&view=grid",
      "/china-netav-2017/forums/web-drama-summit",
      session!,
      "/china-netav-2017/speakers",
      "/china-netav-2017/speakers/wang-bin",
      "/china-netav-2017/search?q=咪咕",
      "/china-netav-2017/changelog",
    ]) {
      const response = await page.goto(baseURL + path);
      expect(response?.headers()["x-podium-cache"], path).toMatch(/^(hit|miss)$/);
      expect(await page.locator("main h1").first().isVisible(), path).toBe(true);
      expect(await page.locator("[aria-busy]").count(), path).toBe(0);
    }
    await context.close();
  });

  it("keep still while they come to life: nothing below the header moves, the footer included", async () => {
    const context = await browser().newContext({
      locale: "en-US",
      timezoneId: "Europe/Berlin",
      serviceWorkers: "block",
    });
    await context.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    for (const path of ["/china-netav-2017/agenda?day=2017-12-01", "/china-netav-2017/forums/web-drama-summit"]) {
      await page.goto(baseURL + path, { waitUntil: "networkidle" });
      // The viewer's-zone toggle fills in once the page runs: it must take the place kept for it.
      await page.getByLabel("Also show my time zone (Europe/Berlin)").waitFor();
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
    }
    await context.close();
  });
});
