import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "@/db/connection";
import { demoGuid } from "@/db/seed/seed-demo";
import { hasShared, sharedPath } from "../support/shared-data";
import { seriousViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { openPage } from "./support/pages";

// What an attendee hit in the first hour with the demo and a real FOSDEM programme (issue 16).
const baseURL = inject("baseURL");
const DEMO = "/china-netav-2017";
const FOSDEM = "/fosdem-2025";
const fosdemFile = "data/real/fosdem-2025.xml";
const withFosdem = hasShared(fosdemFile);
const session = (key: string) => demoGuid(`session/china-netav-2017/web-drama-summit/${key}`);

describe("an attendee's first hour", () => {
  let browser: Browser;
  let fosdemAbstract = { guid: "", speaker: "" };

  beforeAll(async () => {
    browser = await launchBrowser();
    if (!withFosdem) return;
    // As the organizer did: the command-line import beside the running server.
    const root = path.resolve(import.meta.dirname, "../..");
    const imported = spawnSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/import.ts", sharedPath(fosdemFile), "--publish"],
      { cwd: root, env: { ...process.env, DATABASE_URL: inject("databaseFile") }, encoding: "utf8" },
    );
    expect(imported.status, imported.stderr).toBe(0);
    const db = openDatabase(inject("databaseFile"));
    try {
      fosdemAbstract = db.$client
        .prepare(
          `select s.guid, p.name as speaker from sessions s join forums f on f.id = s.forum_id join conferences c on c.id = f.conference_id
           join session_people sp on sp.session_id = s.id join speakers p on p.id = sp.speaker_id
           where c.slug = 'fosdem-2025' and s.abstract like '<p>%<a href=%' order by s.starts_at, s.id limit 1`,
        )
        .get() as typeof fosdemAbstract;
    } finally {
      db.$client.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds the web drama summit by 网络剧 and suggests the conference's own forum and speaker, in Chinese", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${baseURL}${DEMO}/search?q=${encodeURIComponent("网络剧")}`,
    );
    const forums = page.getByRole("region", { name: "论坛" });
    await forums.getByRole("link", { name: "网络剧高峰论坛" }).waitFor();
    expect(await page.getByRole("status").innerText()).toContain("“网络剧”：1 个论坛");
    expect(await page.getByRole("searchbox", { name: "搜索日程、嘉宾和论坛" }).getAttribute("placeholder")).toBe(
      "例如：开幕式、王斌",
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("shows a shared agenda link in a fresh browser, keeps it, and adds it to the stars on request", async () => {
    const shared = [session("dialogue-ip-cross-platform"), session("keynote-wang-bin")];
    const url = `${baseURL}${DEMO}/my-agenda?sessions=${shared.join(",")}`;
    const { page, errors, close } = await openPage(browser, url);
    await page.getByRole("heading", { name: "来自链接的日程列表" }).waitFor();
    await page.getByRole("link", { name: "IP的跨平台运营" }).waitFor();
    await page.getByRole("link", { name: "推原创之波，助精品之澜" }).waitFor();
    expect(page.url()).toBe(url);
    await page.getByRole("button", { name: "将其中 2 场加入我的收藏" }).click();
    await page.getByText("这些日程都已在你的收藏中。").waitFor();
    expect(page.url()).toBe(url);
    await page.getByRole("link", { name: "查看我的收藏（2 场）" }).click();
    await page.waitForURL(/my-agenda\?sessions=[^&]+,/);
    await page.getByRole("link", { name: "IP的跨平台运营" }).waitFor();
    // The server cannot know the browser's stars: the page says whose list it is once it has read them.
    await expect.poll(() => page.getByRole("heading", { name: "来自链接的日程列表" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("keeps the visitor's own stars when a link brings others", async () => {
    const { page, close } = await openPage(browser, `${baseURL}${DEMO}/speakers`);
    const own = session("talk-ren-xu");
    await page.evaluate((g) => localStorage.setItem("podium:stars:china-netav-2017", JSON.stringify([g])), own);
    await page.goto(`${baseURL}${DEMO}/my-agenda?sessions=${session("keynote-wang-bin")}`, {
      waitUntil: "networkidle",
    });
    await page.getByRole("button", { name: "将其中 1 场加入我的收藏" }).click();
    await page.getByText("这些日程都已在你的收藏中。").waitFor();
    const stars = await page.evaluate(() => localStorage.getItem("podium:stars:china-netav-2017"));
    expect(JSON.parse(stars!)).toEqual([own, session("keynote-wang-bin")]);
    await close();
  });

  it.skipIf(!withFosdem)("pages through FOSDEM's kernel sessions and shows their abstracts' words", async () => {
    const { page, errors, close } = await openPage(browser, `${baseURL}${FOSDEM}/search?q=kernel`, {
      language: "en",
    });
    const status = page.getByRole("status").first();
    expect(await status.innerText()).toMatch(
      /“kernel”: 1 forum, (\d+ speakers?, )?67 sessions\s+Page 1 of \d+: results 1–20 of 68/,
    );
    expect(
      await page.getByRole("searchbox", { name: "Search sessions, speakers and forums" }).getAttribute("placeholder"),
    ).toMatch(/^e\.g\. Go, \S/);
    const body = await page.locator("main").innerText();
    expect(body).not.toContain("<p>");
    expect(body).not.toContain("href=");
    const pager = page.getByRole("navigation", { name: "Result pages" });
    await pager.getByRole("link", { name: "Next" }).click();
    await page.waitForURL(/[?&]page=2/);
    expect(await page.getByRole("status").first().innerText()).toMatch(/Page 2 of \d+: results 21–40/);
    expect(await pager.getByRole("link", { name: "Page 2" }).getAttribute("aria-current")).toBe("page");
    expect(errors).toEqual([]);
    await close();
  });

  it.skipIf(!withFosdem)("renders an imported abstract as paragraphs and links, not as HTML source", async () => {
    const { page, close } = await openPage(browser, `${baseURL}${FOSDEM}/sessions/${fosdemAbstract.guid}`, {
      language: "en",
    });
    const abstract = page.getByRole("region", { name: "Abstract" });
    expect(await abstract.innerText()).not.toMatch(/<\/?(p|a)\b/);
    expect(await abstract.locator("p").count()).toBeGreaterThan(0);
    expect(await abstract.locator("a[href^='http']").count()).toBeGreaterThan(0);
    await close();
  });

  it.skipIf(!withFosdem)("indexes FOSDEM's speakers by initial, placeholder names last, and filters them", async () => {
    const { page, errors, close } = await openPage(browser, `${baseURL}${FOSDEM}/speakers`, { language: "en" });
    const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe("A");
    expect(headings.at(-1)).toBe("# (digits and other scripts)");
    const last = page.getByRole("region", { name: "# (digits and other scripts)" }).getByRole("listitem");
    // Each entry is the initial's badge and the name: the name is its last line.
    const names = (await last.allInnerTexts()).map((t) => t.trim().split("\n").at(-1)!.trim());
    expect(names.slice(-2)).toEqual(["-", "--"]);
    await page.getByRole("navigation", { name: "Speakers by initial" }).getByRole("link", { name: "K" }).click();
    await page.waitForURL(/\?letter=K$/);
    expect(await page.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["K"]);
    const filter = page.getByRole("search", { name: "Filter speakers by name or organization" });
    await filter.getByRole("searchbox").fill(fosdemAbstract.speaker);
    await filter.getByRole("searchbox").press("Enter");
    await page.waitForURL(/\?q=/);
    await page
      .getByRole("link", { name: new RegExp(fosdemAbstract.speaker) })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("has no serious or critical axe violation on search, speakers, a speaker and my agenda, in both languages", async () => {
    const paths = [
      `${DEMO}/search?q=${encodeURIComponent("网络剧")}`,
      `${DEMO}/search?q=IP`,
      `${DEMO}/speakers`,
      `${DEMO}/speakers?letter=W`,
      `${DEMO}/speakers/wang-bin`,
      `${DEMO}/my-agenda?sessions=${session("keynote-wang-bin")}`,
      ...(withFosdem ? [`${FOSDEM}/search?q=kernel&page=2`, `${FOSDEM}/speakers?letter=K`] : []),
    ];
    const found: Record<string, unknown> = {};
    // One page per language, walked from path to path; the two languages side by side.
    const walk = async (language: string) => {
      const { page, close } = await openPage(browser, baseURL + paths[0], { language });
      for (const p of paths) {
        if (p !== paths[0]) await page.goto(baseURL + p, { waitUntil: "load" });
        const violations = await seriousViolations(page);
        if (violations.length) found[`${language} ${p}`] = violations;
      }
      await close();
    };
    await Promise.all(["zh-CN", "en"].map(walk));
    expect(found).toEqual({});
  }, 150_000);
});
