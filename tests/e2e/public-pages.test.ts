import { describe, expect, inject, it } from "vitest";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");

describe("public pages in a real browser", () => {
  const browser = browserForTests();

  /** A fresh browser profile that asks for pages in `language`, like a phone set to it. */
  const open = (path: string, { width = 1280, language = "zh-CN" } = {}) =>
    openPage(browser(), baseURL + path, { width, language });

  it("lists the demo conference on the home page and opens it", async () => {
    const { page, errors, status, close } = await open("/");
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: "会议" }).waitFor();
    await page.getByRole("link", { name: "第五届中国网络视听大会" }).click();
    await page.waitForURL(`${baseURL}/china-netav-2017`);
    await page.getByRole("heading", { level: 1, name: "第五届中国网络视听大会" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the conference: theme, days, the web drama summit and its organization", async () => {
    const { page, errors, status, close } = await open("/china-netav-2017");
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: "第五届中国网络视听大会" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.getByText("新使命、新视界、新动能").first().isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 3 }).count()).toBe(3);
    const forum = page.locator("article", { has: page.getByRole("heading", { name: "网络剧高峰论坛" }) });
    expect(await forum.getByText("承办：咪咕文化科技有限公司").isVisible()).toBe(true);
    expect(await forum.getByText(/09:00–12:10/).isVisible()).toBe(true);
    expect(await page.title()).toContain("第五届中国网络视听大会");
    expect(errors).toEqual([]);
    await close();
  });

  it("speaks English to a browser that asks for English, at the same URL", async () => {
    const { page, errors, close } = await open("/china-netav-2017", { language: "en-US" });
    await page.getByRole("heading", { level: 1, name: "The 5th China Internet Audio-Visual Conference" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("Organizer: MIGU Co., Ltd.").isVisible()).toBe(true);
    expect(await page.getByText("CEO, MIGU Video Technology Co., Ltd.").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("switches language with the switcher and remembers the choice", async () => {
    const { page, errors, close } = await open("/china-netav-2017");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "The 5th China Internet Audio-Visual Conference" }).waitFor();
    expect(page.url()).toBe(`${baseURL}/china-netav-2017`);
    await page.getByRole("link", { name: "Podium" }).click();
    await page.getByRole("heading", { level: 1, name: "Conferences" }).waitFor();
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 1, name: "会议" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the web drama summit with its sessions in order and the dialogues' moderator", async () => {
    const { page, errors, close } = await open("/china-netav-2017");
    await page.getByRole("link", { name: "网络剧高峰论坛" }).click();
    await page.waitForURL(`${baseURL}/china-netav-2017/forums/web-drama-summit`);
    await page.getByRole("heading", { level: 1, name: "网络剧高峰论坛" }).waitFor();
    const titles = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(titles).toEqual([
      "推原创之波，助精品之澜",
      "新时代网剧的当下与未来",
      "市场化的影视人才培养思路为精品网剧提供原动力",
      "当大数据时代遇见网剧精品时代",
      "俱青春——做青春的剧，网年轻的人",
      "IP的跨平台运营",
      "网络影视的精品化和规模化",
    ]);
    const dialogue = page.locator("ol > li", { has: page.getByRole("heading", { name: "IP的跨平台运营" }) });
    expect((await dialogue.getByRole("listitem").first().textContent())?.replace(/\s+/g, " ")).toContain("主持 李霞");
    expect(
      await page.getByRole("main").getByText("承办：咪咕文化科技有限公司", { exact: true }).count(),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the forum in English too", async () => {
    const { page, close } = await open("/china-netav-2017/forums/web-drama-summit", { language: "en-GB" });
    await page.getByRole("heading", { level: 1, name: "Web Drama Summit" }).waitFor();
    expect(await page.getByRole("heading", { level: 3, name: "Cross-Platform Operation of IP" }).isVisible()).toBe(
      true,
    );
    expect(await page.getByText("Organizer: MIGU Co., Ltd.").isVisible()).toBe(true);
    await close();
  });

  it("fits a 360 px phone screen without sideways scrolling", async () => {
    const { page, close } = await open("/china-netav-2017", { width: 360 });
    await page.getByRole("heading", { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });

  it("answers an unknown conference with the not-found page", async () => {
    const { page, status, close } = await open("/no-such-conference");
    expect(status).toBe(404);
    await page.getByRole("heading", { name: "页面不存在" }).waitFor();
    expect(await page.locator('meta[name="robots"][content*="noindex"]').count()).toBeGreaterThan(0);
    await close();
  });
});
