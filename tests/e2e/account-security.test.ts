import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/connection";
import { conferenceMemberships, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { seriousViolations } from "./support/axe";
import { closeBrowserAndDatabase, openBrowserAndDatabase } from "./support/suite-browser";
import { decodedMessage, sentMail, waitForMail } from "./support/mail";
import { postSignIn, signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const mailDir = inject("mailDir");

/** Signs in the way a script does; the session cookie as a Cookie header. */
async function cookieFor(email: string, password: string, address: string): Promise<string> {
  const { response, csrfCookie } = await postSignIn(baseURL, email, password, { "x-forwarded-for": address });
  return [csrfCookie, ...response.headers.getSetCookie().map((l) => l.split(";")[0])].join("; ");
}
const sessionOf = async (cookie: string) =>
  (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie } })).json();

describe("signing out ends the session, and accounts prove their address", () => {
  let browser: Browser;
  let db: Db;
  beforeAll(async () => {
    ({ browser, db } = await openBrowserAndDatabase());
    // An account as accepting an invitation makes one: its address is not proved.
    db.insert(users)
      .values({
        email: "newcomer@podium.test",
        name: "Newcomer",
        passwordHash: await hashPassword("newcomer password", 4),
      })
      .onConflictDoNothing()
      .run();
  });
  afterAll(() => closeBrowserAndDatabase({ browser, db }));

  it("gives a cookie copied before sign-out nothing afterwards, over HTTP", async () => {
    const copied = await cookieFor("migu@podium.test", "podium-demo", "192.0.2.101");
    expect(await sessionOf(copied)).toMatchObject({ user: { email: "migu@podium.test" } });
    const { csrfToken } = (await (await fetch(`${baseURL}/api/auth/csrf`, { headers: { cookie: copied } })).json()) as {
      csrfToken: string;
    };
    const out = await fetch(`${baseURL}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: copied },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBe(302);
    expect(await sessionOf(copied)).toBeNull();
    const me = await fetch(`${baseURL}/me`, { headers: { cookie: copied }, redirect: "manual" });
    const page = me.status === 200 ? await me.text() : "";
    expect(page).not.toContain("migu@podium.test");
  });

  it("confirms an address through the emailed link, and then lets an organizer grant rights to it", async () => {
    const { context, page, errors } = await signedIn(
      browser,
      baseURL,
      "newcomer@podium.test",
      "/me",
      "newcomer password",
    );
    const account = page.getByRole("region", { name: "账号与登录" });
    await account.getByText("未确认").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const before = sentMail(mailDir).length;
    await account.getByRole("button", { name: "给我发送确认链接" }).click();
    await account.getByRole("status").filter({ hasText: "确认链接已发往 newcomer@podium.test" }).waitFor();
    const mail = decodedMessage(await waitForMail(mailDir, "newcomer@podium.test", before));
    // Built from SITE_URL (here its default, this server's own port); email-verification.test.ts shows it never follows the request's Origin.
    const link = /http:\/\/localhost:\d+(\/verify-email\/[A-Za-z0-9_-]{43})/.exec(mail)?.[1];
    expect(link, mail).toBeDefined();
    expect(await page.content()).not.toContain(link!.split("/").pop()!);

    await page.goto(`${baseURL}${link}`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "确认您的邮箱地址" }).waitFor();
    await page.getByRole("button", { name: "确认我的邮箱" }).click();
    await page.getByRole("status").filter({ hasText: "您的邮箱地址已确认" }).waitFor();
    await page.goto(`${baseURL}${link}`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "此链接已被使用" }).waitFor();
    expect(
      db.select().from(users).where(eq(users.email, "newcomer@podium.test")).get()?.emailVerifiedAt,
    ).toBeInstanceOf(Date);
    expect(errors).toEqual([]);
    await context.close();

    const organizer = await signedIn(browser, baseURL, "organizer@podium.test", "/admin/china-netav-2017/organizers");
    const grant = organizer.page.getByRole("region", { name: "添加组织者" });
    // Only platform admins are offered granting to an unconfirmed address.
    expect(await grant.getByRole("checkbox").count()).toBe(0);
    await grant.getByLabel("邮箱").fill("newcomer@podium.test");
    await grant.getByRole("button", { name: "授予组织者权限" }).click();
    await organizer.page.getByRole("cell", { name: "newcomer@podium.test", exact: true }).waitFor();
    await organizer.context.close();
    db.delete(conferenceMemberships)
      .where(
        eq(
          conferenceMemberships.userId,
          db.select().from(users).where(eq(users.email, "newcomer@podium.test")).get()!.id,
        ),
      )
      .run();
  });

  it("changes the password in English, ends the other sign-ins, and keeps this browser signed in", async () => {
    const elsewhere = await cookieFor("newcomer@podium.test", "newcomer password", "192.0.2.102");
    expect(await sessionOf(elsewhere)).toMatchObject({ user: { email: "newcomer@podium.test" } });
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/signin?callbackUrl=%2Fme`, { waitUntil: "networkidle" });
    await page.getByLabel("Email").fill("newcomer@podium.test");
    await page.getByLabel("Password").fill("newcomer password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/me");

    const form = page.getByRole("region", { name: "Account and sign-in" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password", { exact: true }).fill("a new password");
    await form.getByLabel("New password again").fill("a new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await form.getByText("This is not your current password.").waitFor();

    await form.getByLabel("Current password").fill("newcomer password");
    await form.getByLabel("New password", { exact: true }).fill("a new password");
    await form.getByLabel("New password again").fill("a new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed. Every other browser and device has been signed out.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/me");
    expect(await sessionOf(elsewhere)).toBeNull();

    // Sign out everywhere: this browser too.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    const cookies = (await context.cookies()).filter((c) => c.name === "authjs.session-token");
    expect(cookies).toEqual([]);
    await context.close();
  });
});
