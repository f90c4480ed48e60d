import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, invitations, speakers } from "@/db/schema";
import { seriousViolations } from "./support/axe";
import { closeBrowserAndDatabase, openBrowserAndDatabase } from "./support/suite-browser";
import { decodedMessage, sentMail, waitForMail } from "./support/mail";
import { signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const mailDir = inject("mailDir");
const BIO = "**王蓓蓓**是骨朵传媒的创始人，专注网络剧数据研究。[骨朵官网](https://guduo.example/about)";

// The demo organizer invites 王蓓蓓; she accepts in her own browser, writes her bio and
// uploads a photo, and the public speaker page shows both. Then she tries to edit 王斌.
describe("speaker self-service", () => {
  let browser: Browser;
  let db: Db;
  let files: string;

  beforeAll(async () => {
    ({ browser, db } = await openBrowserAndDatabase());
    files = fs.mkdtempSync(path.join(os.tmpdir(), "podium-photo-"));
    await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 60, b: 40 } } })
      .jpeg()
      .toFile(path.join(files, "portrait.jpg"));
    fs.writeFileSync(path.join(files, "forged.jpg"), "<html><script>alert(1)</script></html>");
  });
  afterAll(async () => {
    await closeBrowserAndDatabase({ browser, db });
    fs.rmSync(files, { recursive: true, force: true });
  });

  const speaker = (slug: string) => db.select().from(speakers).where(eq(speakers.slug, slug)).get()!;

  it("invites, accepts, edits the profile and shows it publicly; refuses everything else", async () => {
    // The organizer invites her from her workspace page; the link is shown once and emailed.
    const organizer = await signedIn(browser, baseURL, "organizer@podium.test", "/admin/china-netav-2017/speakers");
    const admin = organizer.page;
    await admin.getByRole("link", { name: "王蓓蓓" }).click();
    await admin.getByRole("heading", { name: "嘉宾本人账号" }).waitFor();
    const mailBefore = sentMail(mailDir).length;
    await admin.getByLabel("邮箱地址").fill("beibei@podium.test");
    await admin.getByRole("button", { name: "创建邀请" }).click();
    await admin.getByText("已为 beibei@podium.test 创建邀请。").waitFor();
    await admin.getByText("邀请邮件也已发送至 beibei@podium.test。").waitFor();
    const link = await admin.locator("#invitation-link").inputValue();
    expect(await seriousViolations(admin)).toEqual([]);
    expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
    const email = decodedMessage(await waitForMail(mailDir, "beibei@podium.test", mailBefore));
    expect(email).toContain(link);
    expect(email).toContain("王蓓蓓");
    const table = admin.getByRole("table", { name: "该嘉宾的邀请" });
    await expect
      .poll(() => table.getByRole("row").filter({ hasText: "beibei@podium.test" }).innerText())
      .toMatch(/待接受[\s\S]*邮件发送于/);
    // Only the token's hash is stored.
    const stored = db.select().from(invitations).where(eq(invitations.email, "beibei@podium.test")).get()!;
    expect(stored.tokenHash).not.toContain(link.split("/").at(-1));
    expect(stored.sentAt).not.toBeNull();

    // She accepts in her own browser, on a phone, choosing a password.
    const own = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const me = await own.newPage();
    const errors: string[] = [];
    me.on("pageerror", (e) => errors.push(e.message));
    await me.goto(link);
    await me.getByText("您受邀在 Podium 上亲自维护嘉宾资料“王蓓蓓”").waitFor();
    expect(await seriousViolations(me)).toEqual([]);
    await me.getByLabel("密码", { exact: true }).fill("beibei-e2e-password");
    await me.getByLabel("再次输入密码").fill("beibei-e2e-password");
    await me.getByRole("button", { name: "接受邀请并创建账号" }).click();
    await me.waitForURL((url) => url.pathname === "/me");
    await me.getByRole("heading", { name: "我的嘉宾资料: 王蓓蓓" }).waitFor();
    await me.getByText("当大数据时代遇见网剧精品时代").waitFor();
    expect(await seriousViolations(me)).toEqual([]);
    expect(speaker("wang-beibei").userId).not.toBeNull();

    // The bio, with its preview live while typing.
    const bio = me.getByLabel("简介", { exact: true });
    await bio.fill(BIO);
    const preview = me.getByRole("region", { name: "预览: 简介" });
    await preview.locator("strong", { hasText: "王蓓蓓" }).waitFor();
    await me.getByRole("button", { name: "保存资料" }).click();
    await me.getByText("已保存，公开嘉宾页面已更新。").waitFor();
    expect(speaker("wang-beibei").bio).toBe(BIO);

    // A file that only claims to be a JPEG is refused beside the field; a real one is taken.
    await me.locator("#field-photo").setInputFiles(path.join(files, "forged.jpg"));
    await me.getByRole("button", { name: "上传照片" }).click();
    await expect.poll(() => me.locator("#field-photo-error").textContent()).toContain("不是 JPEG、PNG 或 WebP 图片");
    expect(speaker("wang-beibei").photo).toBeNull();
    await me.locator("#field-photo").setInputFiles(path.join(files, "portrait.jpg"));
    await me.getByRole("button", { name: "上传照片" }).click();
    await me.getByText("照片已保存。").waitFor();
    const photo = speaker("wang-beibei").photo!;
    expect(photo).toMatch(/^\/media\/photos\/[0-9a-f]{64}\.webp$/);

    // The public speaker page shows both at once, to anyone.
    const visitor = await browser.newContext({ locale: "zh-CN", serviceWorkers: "block" });
    const pub = await visitor.newPage();
    await pub.goto(`${baseURL}/china-netav-2017/speakers/wang-beibei`);
    await pub.getByRole("heading", { name: "王蓓蓓", level: 1 }).waitFor();
    await pub.getByText("是骨朵传媒的创始人，专注网络剧数据研究。").waitFor();
    expect(await pub.locator(`img[src="${photo}"]`).count()).toBe(1);
    const image = await fetch(baseURL + photo);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("cache-control")).toContain("immutable");
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(400);

    // Nothing else is hers: 王斌's workspace page is not found to her ...
    const wangBin = speaker("wang-bin");
    const guessed = await own.request.get(`${baseURL}/admin/china-netav-2017/speakers/${wangBin.id}`, {
      headers: { "accept-language": "zh-CN" },
    });
    expect(await guessed.text()).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    // ... and a forged post of her own form naming 王斌's profile is refused, changing nothing.
    await me.goto(`${baseURL}/me`);
    await me.getByRole("heading", { name: "我的嘉宾资料: 王蓓蓓" }).waitFor();
    await me
      .locator('form:has(button:text("保存资料")) input[name="$speaker"]')
      .evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), wangBin.id);
    await me.getByLabel("姓名", { exact: true }).fill("被篡改的名字");
    await me.getByRole("button", { name: "保存资料" }).click();
    await me.getByText("您只能修改自己的资料。").waitFor();
    expect(speaker("wang-bin")).toMatchObject({ name: wangBin.name, bio: wangBin.bio, updatedAt: wangBin.updatedAt });
    expect(speaker("wang-beibei").name).toBe("王蓓蓓");

    // The organizer sees the invitation used and the profile maintained by her; the log has her edits.
    await admin.reload();
    await admin.getByText("此资料由账号 beibei@podium.test 维护。").waitFor();
    await expect
      .poll(() => table.getByRole("row").filter({ hasText: "beibei@podium.test" }).innerText())
      .toContain("已接受");
    await admin.goto(`${baseURL}/admin/china-netav-2017/log`);
    // The log says it in words: "… 修改了自己的资料（…）。"
    await admin
      .getByText(/修改了自己的资料（/)
      .first()
      .waitFor();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "speaker.photo-own")).all()).toHaveLength(1);

    // The used link now says so.
    await me.goto(link);
    await me.getByRole("heading", { name: "此邀请已被使用" }).waitFor();
    expect(errors).toEqual([]);
    await Promise.all([organizer.context.close(), own.close(), visitor.close()]);
  });

  it("explains a link that is not valid, instead of failing", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}/invite/not-a-real-token`);
    expect(response?.status()).toBeLessThan(500);
    await page.getByRole("heading", { name: "此邀请链接无效" }).waitFor();
    await context.close();
  });

  it("signs the demo speaker in to his profile", async () => {
    const { context, page } = await signedIn(browser, baseURL, "wangbin@podium.test", "/me");
    await page.getByRole("heading", { name: "我的嘉宾资料: 王斌" }).waitFor();
    await context.close();
  });
});
