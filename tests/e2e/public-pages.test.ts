import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseURL = inject("baseURL");

describe("public pages in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[]; status: number | undefined }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const response = await page.goto(baseURL + path, { waitUntil: "networkidle" });
    return { page, errors, status: response?.status() };
  }

  it("lists the demo conference on the home page and opens it", async () => {
    const { page, errors, status } = await open("/");
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: /Conferences/ }).waitFor();
    const card = page.getByRole("link", { name: "第五届中国网络视听大会" });
    await card.click();
    await page.waitForURL(`${baseURL}/china-netav-2017`);
    await page.getByRole("heading", { level: 1, name: "第五届中国网络视听大会" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the conference: theme, days, the web drama summit and its host", async () => {
    const { page, errors, status } = await open("/china-netav-2017");
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: "第五届中国网络视听大会" }).waitFor();
    expect(await page.getByText("新使命、新视界、新动能").first().isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 3 }).count()).toBe(3);
    const forum = page.locator("article", { has: page.getByRole("heading", { name: "网络剧高峰论坛" }) });
    expect(await forum.getByText("承办：咪咕文化科技有限公司").isVisible()).toBe(true);
    expect(await forum.getByText(/09:00–12:10/).isVisible()).toBe(true);
    expect(await page.title()).toContain("第五届中国网络视听大会");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 360 px phone screen without sideways scrolling", async () => {
    const { page } = await open("/china-netav-2017", 360);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("answers an unknown conference with the not-found page", async () => {
    const { page } = await open("/no-such-conference");
    await page.getByRole("heading", { name: /Page not found/ }).waitFor();
    expect(await page.locator('meta[name="robots"][content*="noindex"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
