import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { conference, duringPanel, duringTalk, scanQr, scrollState } from "./support/now-pages";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const talk = "d409ee8f-6121-5db5-960c-f52bead6acb0";

describe("room screens", () => {
  const browser = browserForTests();

  it("lists one screen per room that holds a session, in each language", async () => {
    const { page, errors, status, close } = await openPage(browser(), `${baseURL}${conference}/screens`);
    expect(status).toBe(200);
    await page.getByRole("heading", { level: 1, name: "会场屏幕" }).waitFor();
    const rooms = await page.locator("tbody th").allTextContents();
    expect(rooms).toEqual(["主会场", "分论坛一厅", "分论坛二厅", "展交会展厅"]);
    expect(await page.getByRole("link", { name: "分论坛一厅 · 中英交替" }).getAttribute("href")).toBe(
      `${conference}/screens/forum-hall-1?lang=both`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
    expect((await fetch(`${baseURL}${conference}/screens/no-such-room`)).status).toBe(404);
  });

  it("shows the current session, its people, the next two, the time and a QR code to the session, in Chinese", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${baseURL}${conference}/screens/forum-hall-1?at=${duringTalk}`,
      { width: 1920, height: 1080 },
    );
    await page.getByRole("heading", { level: 1, name: "分论坛一厅" }).waitFor();
    // Its own layout: no site header or footer.
    expect(await page.getByRole("link", { name: "Podium" }).isVisible()).toBe(false);
    expect(await page.locator("footer").isVisible()).toBe(false);
    expect(await page.getByText("新时代网剧的当下与未来").isVisible()).toBe(true);
    expect(await page.getByText("正在进行 · 09:30–09:50").isVisible()).toBe(true);
    expect(await page.getByText("马中骏").isVisible()).toBe(true);
    const next = page.locator("section", { has: page.getByRole("heading", { name: "接下来" }) });
    expect(await next.locator("li").count()).toBe(2);
    expect(await next.getByText("09:50–10:10").isVisible()).toBe(true);
    expect(await page.locator("time").first().textContent()).toBe("09:35");
    expect(await page.getByText("Asia/Shanghai (UTC+8)").isVisible()).toBe(true);
    // The QR code, read from its pixels, is the session's public address.
    expect(await scanQr(page)).toMatch(new RegExp(`^https?://[^/]+${conference}/sessions/${talk}$`));
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("speaks the language it is told, whatever the browser asks for", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${baseURL}${conference}/screens/forum-hall-1?at=${duringTalk}&lang=en`,
      { width: 1920, height: 1080, language: "zh-CN" },
    );
    await page.getByRole("heading", { level: 1, name: "Forum Hall 1" }).waitFor();
    expect(await page.locator(".room-screen").getAttribute("lang")).toBe("en");
    expect(await page.getByText("Web Drama in the New Era: Present and Future").isVisible()).toBe(true);
    expect(await page.getByText("Scan for this session").isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ] as const)
    for (const lang of ["zh-CN", "en"])
      it(`never scrolls and shows everything at ${width}×${height} in ${lang}, with six people next`, async () => {
        const { page, errors, close } = await openPage(
          browser(),
          `${baseURL}${conference}/screens/forum-hall-1?at=${duringPanel}&lang=${lang}`,
          { width, height },
        );
        await page.locator(".room-screen h1").waitFor();
        const state = await scrollState(page);
        expect(state.overflow).toBe("hidden");
        expect(state.scrollsY).toBe(false);
        expect(state.scrollsX).toBe(false);
        expect(state.lowestEdge).toBeLessThanOrEqual(state.viewportHeight);
        expect(errors).toEqual([]);
        await close();
      });

  it("alternates the two languages when told both", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${baseURL}${conference}/screens/forum-hall-1?at=${duringTalk}&lang=both&every=5`,
      { width: 1920, height: 1080 },
    );
    const zh = page.getByRole("heading", { level: 1, name: "分论坛一厅" });
    const en = page.getByRole("heading", { level: 1, name: "Forum Hall 1" });
    await page.locator(".room-screen h1").first().waitFor();
    const first = (await zh.isVisible()) ? zh : en;
    const second = first === zh ? en : zh;
    expect(await second.isVisible()).toBe(false);
    await second.waitFor({ state: "visible", timeout: 7_000 });
    expect(await first.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
