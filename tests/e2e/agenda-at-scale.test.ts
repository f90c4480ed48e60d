import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateConferenceInto } from "@/db/bench/generate";
import { openDatabase } from "@/db/connection";
import { seriousViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");

// The agenda at the size of FOSDEM (which has 29 rooms on a day and long English forum names): a
// conference generated into the served database, 600 sessions over two days in 40 rooms, read in English
// as it was when these were found. One browser page walks through it.
describe("the agenda of a large conference", () => {
  let browser: Browser;
  let page: Page;
  let agenda: string;
  beforeAll(async () => {
    const db = openDatabase(inject("databaseFile"));
    try {
      const { slug } = generateConferenceInto(db, {
        sessions: 600,
        rooms: 40,
        days: 2,
        startDate: "2031-05-20",
        publish: true,
      });
      agenda = `${baseURL}/${slug}/agenda?day=2031-05-20`;
    } finally {
      db.$client.close();
    }
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it("gives a phone the list alone, with filters that fit its screen", async () => {
    await page.goto(agenda);
    const list = page.getByRole("region", { name: /^Sessions of/ });
    await list.waitFor();
    // Only the chosen view is in the page, not a second one hidden by CSS.
    expect(await page.locator(".agenda-grid").count()).toBe(0);
    const count = Number(
      /(\d+) sessions/.exec((await page.getByRole("heading", { level: 2 }).textContent()) ?? "")?.[1],
    );
    expect(count).toBeGreaterThan(250);
    expect(await list.getByRole("article").count()).toBe(count);
    expect(await sideways()).toBeLessThanOrEqual(0);
    const apply = await page.getByRole("button", { name: "Apply filters" }).boundingBox();
    expect(apply!.x + apply!.width).toBeLessThanOrEqual(390);

    // The grid, when chosen, scrolls inside its own box: the page still does not scroll sideways.
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Grid" }).click();
    await page.waitForURL(/view=grid/);
    await page.getByRole("region", { name: /^Grid of/ }).waitFor();
    expect(await page.getByRole("region", { name: /^Sessions of/ }).count()).toBe(0);
    expect(await sideways()).toBeLessThanOrEqual(0);
  });

  it("shows a wide grid across the window, keeps rooms and times in view and every block legible", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
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
    expect(blocks.length).toBeGreaterThan(250);
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
    const context = await browser().newContext({ locale: "en-US", timezoneId: "Europe/Berlin" });
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
