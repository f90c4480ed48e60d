import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { LOCALE_COOKIE_NAME } from "@/lib/i18n/locale-cookie";
import type { Db } from "@/db/connection";
import { eq } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { seriousViolations } from "./support/axe";
import { closeBrowserAndDatabase, openBrowserAndDatabase } from "./support/suite-browser";
import { conferenceRunBy } from "./support/conferences";
import { signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const schedule = "/admin/china-netav-2017/schedule";

/** Places a session through the editor's form: the keyboard path. */
async function place(page: Page, title: string, start: string, minutes: number) {
  await page
    .getByRole("region", { name: /日程网格/ })
    .getByRole("button", { name: new RegExp(`^${title}`) })
    .click();
  const form = page.locator("form", { has: page.getByRole("heading", { name: title }) });
  await form.getByLabel(/开始时间/).fill(start);
  await form.getByLabel("时长（分钟）").fill(String(minutes));
  await form.getByRole("button", { name: "保存位置" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `已保存“${title}”` })
    .waitFor();
}

describe("the organizer workspace in a real browser", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    ({ browser, db } = await openBrowserAndDatabase());
    // An organizer of another conference, who must see nothing of the demo.
    const user = db
      .insert(users)
      .values({
        email: "elsewhere@podium.test",
        name: "Elsewhere",
        passwordHash: await hashPassword("podium-elsewhere"),
      })
      .returning()
      .get();
    conferenceRunBy(db, user.id, {
      slug: "e2e-other-workspace",
      name: "Elsewhere",
      timeZone: "UTC",
      startDate: "2031-01-01",
      endDate: "2031-01-01",
    });
  });
  afterAll(() => closeBrowserAndDatabase({ browser, db }));

  it("catches a conflict, resolves it, publishes, and the public agenda and changelog follow", async () => {
    const { page, context, errors } = await signedIn(
      browser,
      baseURL,
      "organizer@podium.test",
      `${schedule}?day=2017-12-01`,
    );
    await page.getByRole("heading", { name: /冲突（0）/ }).waitFor();

    // The dialogue onto the slot of 王斌's keynote: the room is double-booked.
    await place(page, "IP的跨平台运营", "09:00", 40);
    const conflicts = page.getByRole("region", { name: /冲突（\d+）/ });
    await conflicts.getByText("分论坛一厅：“推原创之波，助精品之澜”与“IP的跨平台运营”时间重叠").waitFor();
    expect(await page.getByRole("button", { name: /^IP的跨平台运营.*个冲突/ }).count()).toBe(1);

    // Resolved: after the last session of the morning.
    await place(page, "IP的跨平台运营", "12:10", 40);
    await page.getByRole("heading", { name: "冲突（0）" }).waitFor();

    await page.getByRole("link", { name: "发布", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "发布日程" }).waitFor();
    expect(await page.getByText("时间或会场：").first().textContent()).toContain("12:10–12:50");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByLabel("版本名称").fill("v2");
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布。").waitFor();

    const publicPage = await context.newPage();
    await publicPage.goto(`${baseURL}/china-netav-2017/agenda?day=2017-12-01&view=list`, { waitUntil: "networkidle" });
    const moved = publicPage
      .getByRole("article")
      .filter({ has: publicPage.getByRole("link", { name: "IP的跨平台运营" }) });
    expect(await moved.getByText(/12:10–12:50/).isVisible()).toBe(true);
    await publicPage.goto(`${baseURL}/china-netav-2017/changelog`, { waitUntil: "networkidle" });
    await publicPage.getByRole("heading", { name: /^v2 · 发布于/ }).waitFor();
    expect(await publicPage.getByRole("link", { name: "IP的跨平台运营" }).isVisible()).toBe(true);

    // Put the dialogue back and publish again, so the public demo reads as before for the other tests.
    await page.goto(`${baseURL}${schedule}?day=2017-12-01`, { waitUntil: "networkidle" });
    await place(page, "IP的跨平台运营", "10:50", 40);
    await page.goto(`${baseURL}/admin/china-netav-2017/publish`, { waitUntil: "networkidle" });
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByLabel("版本名称").fill("v3");
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布。").waitFor();

    // The log says each move in words: times in Shanghai time with the zone named, filtered by action.
    await page.goto(`${baseURL}/admin/china-netav-2017/log?action=session.schedule`, { waitUntil: "networkidle" });
    const log = page.getByRole("region", { name: "日志记录" });
    expect(await log.getAttribute("tabindex")).toBe("0");
    await log.getByText("排定了日程“IP的跨平台运营”的会场和时间。").first().waitFor();
    expect(await log.getByText("开始：从“2017-12-01 12:10”改为“2017-12-01 10:50”。").count()).toBe(1);
    expect(await log.getByRole("columnheader", { name: /Asia\/Shanghai/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("moves a session by dragging it with the mouse", async () => {
    const { page, context } = await signedIn(browser, baseURL, "organizer@podium.test", `${schedule}?day=2017-12-01`);
    const block = page.getByRole("button", { name: /^新时代网剧的当下与未来/ });
    const box = (await block.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    // 10 px per 5 minutes: 60 px down is half an hour later.
    await page.mouse.move(box.x + box.width / 2, box.y + 35, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + 65, { steps: 5 });
    await page.mouse.up();
    await page.getByRole("status").filter({ hasText: "已保存“新时代网剧的当下与未来”" }).waitFor();
    expect(await page.getByRole("button", { name: /^新时代网剧的当下与未来, 10:00–10:20/ }).count()).toBe(1);
    await context.close();
  });

  it("refuses a move based on a stale version and says who changed what", async () => {
    const a = await signedIn(browser, baseURL, "organizer@podium.test", `${schedule}?day=2017-12-01`);
    const b = await signedIn(browser, baseURL, "admin@podium.test", `${schedule}?day=2017-12-01`);
    await place(a.page, "当大数据时代遇见网剧精品时代", "14:00", 20);
    // B still shows the old version and moves the same session.
    const block = b.page.getByRole("button", { name: /^当大数据时代遇见网剧精品时代/ });
    await block.focus();
    await b.page.keyboard.press("ArrowDown");
    await b.page.getByRole("status").filter({ hasText: "未保存" }).waitFor();
    expect(await b.page.getByRole("status").filter({ hasText: "未保存" }).textContent()).toMatch(
      /Demo Organizer 修改了“当大数据时代遇见网剧精品时代”.*开始时间/,
    );
    // Nothing of A's edit was lost.
    await b.page.getByRole("button", { name: /^当大数据时代遇见网剧精品时代, 14:00–14:20/ }).waitFor();
    await a.context.close();
    await b.context.close();
  });

  it("queues quick key presses, keeps focus on a moved block, and undoes and redoes moves", async () => {
    const { page, context, errors } = await signedIn(
      browser,
      baseURL,
      "organizer@podium.test",
      `${schedule}?day=2017-12-01`,
    );
    const title = "网络影视的精品化和规模化";
    const grid = page.getByRole("region", { name: /日程网格/ });
    const block = (rest = "") => grid.getByRole("button", { name: new RegExp(`^${title}${rest}`) });
    const status = page.locator("p[role=status]");
    const stored = () => db.select().from(sessions).where(eq(sessions.title, title)).get()!;
    const before = stored();
    // count() does not wait: the grid is an island that may still be rendering after sign-in.
    await block().waitFor();
    // A block's name reads as it shows: title, time, speakers, then its room.
    expect(
      await grid.getByRole("button", { name: /^网络影视的精品化和规模化, 11:30–12:10, .+, 分论坛一厅$/ }).count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Three presses at typing speed: one 15-minute move, never the person's own press refused as stale.
    await block().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await expect.poll(() => stored().startsAt?.toISOString()).toBe("2017-12-01T03:45:00.000Z");
    await status.filter({ hasText: `已保存“${title}”` }).waitFor();
    expect(await status.textContent()).not.toContain("未保存");
    await page.keyboard.press("ArrowRight");
    await block(", 11:45–12:25, .*分论坛二厅").waitFor();
    expect(await block().evaluate((el) => el === document.activeElement)).toBe(true);

    // Taken back one by one: the room with Ctrl+Z, then the presses with the button; then one redone with Ctrl+Y on the block.
    await page.keyboard.press("Control+z");
    await block(", 11:45–12:25, .*分论坛一厅").waitFor();
    const undo = page.getByRole("button", { name: /撤销/ });
    for (let i = 0; i < 3; i++) await undo.click();
    await block(", 11:30–12:10").waitFor();
    await expect.poll(() => stored().startsAt?.toISOString()).toBe(before.startsAt!.toISOString());
    await block().focus();
    await page.keyboard.press("Control+y");
    await expect.poll(() => stored().startsAt?.toISOString()).toBe("2017-12-01T03:35:00.000Z");
    await undo.click();
    await expect.poll(() => stored().startsAt?.toISOString()).toBe(before.startsAt!.toISOString());
    await status.filter({ hasText: `已撤销对“${title}”的改动` }).waitFor();
    expect(stored().roomId).toBe(before.roomId);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets a forum editor of the 网络剧高峰论坛 move its sessions but not another forum's", async () => {
    const { page, context } = await signedIn(browser, baseURL, "migu@podium.test", `${schedule}?day=2017-12-01`);
    await page.getByRole("note").filter({ hasText: "等大会组织者发布新版本后才会出现在公开日程上" }).waitFor();
    await place(page, "俱青春——做青春的剧，网年轻的人", "15:00", 20);
    await page.getByRole("link", { name: /11月29日/ }).click();
    await page.waitForURL(/day=2017-11-29/);
    const foreign = page.getByRole("button", { name: /^开幕式.*只能查看/ });
    await foreign.focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("status").filter({ hasText: "不属于你编辑的论坛" }).waitFor();
    // Dragging one says why too, instead of nothing happening.
    const summit = (await page.getByRole("button", { name: /^网络视听峰会.*只能查看/ }).boundingBox())!;
    await page.mouse.move(summit.x + summit.width / 2, summit.y + 5);
    await page.mouse.down();
    await page.mouse.move(summit.x + summit.width / 2, summit.y + 45, { steps: 5 });
    await page.mouse.up();
    await page.getByRole("status").filter({ hasText: "“网络视听峰会”不属于你编辑的论坛" }).waitFor();
    // Publishing is for organizers only: a real 404, not a page that says so with status 200.
    const refused = await page.goto(`${baseURL}/admin/china-netav-2017/publish`, { waitUntil: "networkidle" });
    expect(refused?.status()).toBe(404);
    await page.getByRole("heading", { name: "页面不存在" }).waitFor();
    await context.close();
  });

  it("shows an organizer of another conference nothing of the demo", async () => {
    const { page, context } = await signedIn(browser, baseURL, "elsewhere@podium.test", "/admin", "podium-elsewhere");
    await page.getByRole("link", { name: /Elsewhere/ }).waitFor();
    expect(await page.getByRole("link", { name: /第五届中国网络视听大会/ }).count()).toBe(0);
    for (const path of [
      schedule,
      "/admin/china-netav-2017/publish",
      "/admin/china-netav-2017/log",
      "/admin/china-netav-2017",
    ]) {
      await page.goto(baseURL + path, { waitUntil: "networkidle" });
      await page.getByRole("heading", { name: "页面不存在" }).waitFor();
      expect(await page.getByText("第五届中国网络视听大会").count(), path).toBe(0);
    }
    await context.close();
  });

  it("lists sessions with English names in the English workspace, Edit on a 390 px phone's screen", async () => {
    const sessions = "/admin/china-netav-2017/sessions";
    const { page, context, errors } = await signedIn(browser, baseURL, "organizer@podium.test", sessions);
    await context.addCookies([{ name: LOCALE_COOKIE_NAME, value: "en", url: baseURL }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseURL}${sessions}?q=Web+Drama+in+the+New+Era`, { waitUntil: "networkidle" });
    const row = page.locator("tbody tr").filter({ hasText: "Web Drama in the New Era: Present and Future" });
    // The forum and room by their English names; no Chinese list separator.
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Web Drama Summit");
    expect(text).not.toMatch(/网络剧高峰论坛|分论坛|、/);
    // The conference too, in the workspace's navigation.
    const nav = page.getByRole("navigation", { name: "The 5th China Internet Audio-Visual Conference" });
    expect(await nav.getByRole("link").first().textContent()).toBe("The 5th China Internet Audio-Visual Conference");
    const edit = (await row.getByRole("link", { name: /^Edit/ }).boundingBox())!;
    expect(edit.x).toBeGreaterThanOrEqual(0);
    expect(edit.x + edit.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends visitors who are not signed in to the sign-in page", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(baseURL + schedule + "?day=2");
    const url = new URL(page.url());
    expect(url.pathname).toBe("/signin");
    expect(url.searchParams.get("callbackUrl")).toBe(schedule + "?day=2");
    await context.close();
    // A real redirect, before any page streams: a client that runs no script goes there too.
    const response = await fetch(baseURL + schedule, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, baseURL).pathname).toBe("/signin");
  });
});
