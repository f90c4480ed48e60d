import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openPage } from "./support/pages";
import { postSignIn } from "./support/sign-in";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");

/** Cookies of a response as `name=value` pairs for the next request, and the raw Set-Cookie lines. */
function cookiesOf(res: Response) {
  const lines = res.headers.getSetCookie();
  return { lines, header: lines.map((l) => l.split(";")[0]).join("; ") };
}

describe("signing in", () => {
  const browser = browserForTests();

  it("signs the demo organizer in through the form and lands on /admin with a session", async () => {
    const { page, context, errors, close } = await openPage(browser(), baseURL);
    // The header asks who is signed in once the page has loaded: nobody yet, so it keeps "Sign in".
    const banner = page.getByRole("banner");
    const viewerBox = banner.locator("[data-viewer]");
    await banner.locator('[data-viewer="signed-out"]').waitFor();
    const signedOutBox = await viewerBox.boundingBox();
    await banner.getByRole("link", { name: "登录", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "登录" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("邮箱").fill("organizer@podium.test");
    await page.getByLabel("密码").fill("podium-demo");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin");
    // Signing in moved to /admin without a full load: the header asked again.
    await banner.locator('[data-viewer="signed-in"]').waitFor();
    // The workspace renders for the signed-in organizer (not left at its loading skeleton).
    await page.getByRole("main").getByRole("heading", { level: 1 }).waitFor();

    // Whatever the organizer workspace shows there, the browser now holds the session
    // cookie (httpOnly, SameSite=Lax) and Auth.js names the organizer as the signed-in user.
    const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const session = await (await context.request.get(`${baseURL}/api/auth/session`)).json();
    expect(session.user).toMatchObject({ email: "organizer@podium.test", name: "Demo Organizer" });

    // A public page is the same bytes for everyone (the page server keeps them): it names no one...
    const html = await (await context.request.get(`${baseURL}/china-netav-2017`)).text();
    expect(html).toContain('data-viewer="unknown"');
    expect(html).not.toContain("Demo Organizer");
    // ...and its header, once loaded, names the organizer and leads back to the workspace, in a box
    // of the same place and size as "Sign in" had, so nothing moved when the answer came.
    await page.goto(`${baseURL}/china-netav-2017`);
    await banner.locator('[data-viewer="signed-in"]').waitFor();
    expect(await banner.getByRole("link", { name: "工作台", exact: true }).getAttribute("href")).toBe("/admin");
    expect(await banner.getByText("Demo Organizer", { exact: true }).isVisible()).toBe(true);
    expect(await banner.getByRole("link", { name: "登录", exact: true }).count()).toBe(0);
    expect(await viewerBox.boundingBox()).toEqual(signedOutBox);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows a wrong password next to the form, in English too, and keeps the typed email", async () => {
    const { page, context, errors, close } = await openPage(browser(), `${baseURL}/signin`, { language: "en-US" });
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill("Organizer@podium.test");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    const alert = page.getByRole("main").locator("form").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("Wrong email or password.");
    expect(await page.getByLabel("Email").inputValue()).toBe("Organizer@podium.test");
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect((await context.cookies()).some((c) => c.name === "authjs.session-token")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("accepts only a same-origin path to return to", async () => {
    const { page, close } = await openPage(
      browser(),
      `${baseURL}/signin?callbackUrl=${encodeURIComponent("//evil.example/admin")}`,
    );
    expect(await page.locator('input[name="redirectTo"]').inputValue()).toBe("/admin");
    await page.goto(`${baseURL}/signin?callbackUrl=${encodeURIComponent("/admin/china-netav-2017")}`);
    expect(await page.locator('input[name="redirectTo"]').inputValue()).toBe("/admin/china-netav-2017");
    await close();
  });

  it("refuses an address after ten failures and says for how long, even with the right password", async () => {
    // An address and an account of their own: the demo accounts and localhost must stay usable for the other tests.
    const address = "203.0.113.77";
    const fail = () => postSignIn(baseURL, "nobody@podium.test", "a wrong guess", { "x-forwarded-for": address });
    for (let i = 0; i < 10; i++) await fail();

    const context = await browser().newContext({ locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": address } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/signin`, { waitUntil: "networkidle" });
    await page.getByLabel("邮箱").fill("admin@podium.test");
    await page.getByLabel("密码").fill("podium-demo");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    const alert = page.locator("form").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe("登录失败次数过多，请 15 分钟后再试。");
    expect(await page.getByLabel("邮箱").inputValue()).toBe("admin@podium.test");
    expect((await context.cookies()).some((c) => c.name === "authjs.session-token")).toBe(false);
    await context.close();
  });

  it("lets a script sign in with /api/auth/csrf and a form-encoded POST to /api/auth/callback/credentials", async () => {
    const csrf = await fetch(`${baseURL}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).header },
      body: new URLSearchParams({
        csrfToken,
        email: "migu@podium.test",
        password: "podium-demo",
        callbackUrl: `${baseURL}/admin`,
      }),
    });
    expect(res.status).toBe(302);
    const { lines, header } = cookiesOf(res);
    const sessionCookie = lines.find((l) => l.startsWith("authjs.session-token="));
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);

    const session = await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie: header } })).json();
    expect(session.user).toMatchObject({ email: "migu@podium.test" });

    const wrong = await fetch(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).header },
      body: new URLSearchParams({ csrfToken, email: "migu@podium.test", password: "wrong password" }),
    });
    expect(wrong.headers.get("location")).toMatch(/\/signin\?error=CredentialsSignin&code=credentials$/);
  });
});
