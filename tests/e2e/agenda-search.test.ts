import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const conference = `${baseURL}/china-netav-2017`;

/** Whether the search page shows a hit: a link named `name` among the results of the region `region`. */
const showsHit = (page: Page, region: string, name: RegExp) =>
  page.getByRole("region", { name: region }).getByRole("link", { name }).isVisible();

// Search from the agenda: the server's page, the island that answers as people type, and its
// offline answers from the release's copy (split from agenda.test.ts, which reads the rest).
describe("searching the public agenda in a real browser", () => {
  const browser = browserForTests();

  it("searches 咪咕 from the agenda, highlights the matches and opens 王斌's page", async () => {
    const { page, errors, close } = await openPage(browser(), `${conference}/agenda`);
    await page.getByRole("searchbox", { name: "搜索日程、嘉宾和论坛" }).fill("咪咕");
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole("heading", { level: 1, name: "搜索" }).waitFor();
    const speakers = page.getByRole("region", { name: "嘉宾" });
    const wangBin = speakers.getByRole("link", { name: /王斌/ });
    expect(await wangBin.locator("mark").first().textContent()).toBe("咪咕");
    expect(await page.getByRole("status").textContent()).toMatch(/“咪咕”：\d+ 个论坛，\d+ 位嘉宾，\d+ 场日程/);
    await wangBin.click();
    await page.getByRole("heading", { level: 1, name: "王斌" }).waitFor();
    expect(await page.getByText("咪咕视讯科技有限公司").first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("searches as people type, in Chinese and in English, and from the release's copy when offline", async () => {
    // With the offline worker, as a visitor's browser reads offline.
    const zh = await openPage(browser(), `${conference}/search`, { serviceWorkers: "allow" });
    const index = zh.page.waitForResponse((r) => r.url().endsWith("/china-netav-2017/search-index.json"));
    await zh.page.getByRole("searchbox", { name: "搜索日程、嘉宾和论坛" }).fill("咪咕");
    const wangBin = zh.page.getByRole("region", { name: "嘉宾" }).getByRole("listitem").filter({ hasText: "王斌" });
    await wangBin.getByRole("link", { name: "王斌" }).waitFor();
    expect(await wangBin.locator("mark").first().textContent()).toBe("咪咕");
    expect(await zh.page.getByRole("status").textContent()).toMatch(/“咪咕”：\d+ 个论坛，\d+ 位嘉宾，\d+ 场日程/);
    // Typed, not submitted: the address says what is shown, so it can be shared.
    expect(new URL(zh.page.url()).searchParams.get("q")).toBe("咪咕");
    expect((await index).status()).toBe(200);
    expect(zh.errors).toEqual([]);

    await zh.context.setOffline(true);
    await zh.page.getByRole("searchbox", { name: "搜索日程、嘉宾和论坛" }).fill("网络剧");
    await zh.page.getByRole("status").getByText("网络不可用：正在搜索本机保存的日程副本。").waitFor();
    expect(await showsHit(zh.page, "论坛", /网络剧高峰论坛/)).toBe(true);
    await zh.close();

    const en = await openPage(browser(), `${conference}/search`, { language: "en-US" });
    await en.page.getByRole("searchbox", { name: "Search sessions, speakers and forums" }).fill("migu");
    await en.page
      .getByRole("region", { name: "Speakers" })
      .getByRole("link", { name: /Wang Bin/ })
      .waitFor();
    expect(await en.page.getByRole("status").textContent()).toMatch(/“migu”: /);
    expect(en.errors).toEqual([]);
    await en.close();
  });

  it("answers two-letter, English and junk queries politely", async () => {
    const ip = await openPage(browser(), `${conference}/search?q=IP`);
    expect(await showsHit(ip.page, "日程", /IP的跨平台运营/)).toBe(true);
    await ip.close();
    const english = await openPage(browser(), `${conference}/search?q=migu`, { language: "en-US" });
    expect(await showsHit(english.page, "Speakers", /Wang Bin/)).toBe(true);
    await english.close();
    for (const q of ['"*(', "AND OR", "%", "x".repeat(300)]) {
      const junk = await openPage(browser(), `${conference}/search?q=${encodeURIComponent(q)}`);
      expect(junk.status).toBe(200);
      expect(await junk.page.getByRole("status").textContent()).toMatch(/没有可搜索的内容|搜索词过长|没有找到/);
      await junk.close();
    }
  });
});
