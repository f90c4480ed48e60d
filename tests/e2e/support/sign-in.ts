import type { Browser, BrowserContext, Page } from "playwright-core";

/** A fresh browser profile signed in through the sign-in form, on `path` afterwards. */
export async function signedIn(
  browser: Browser,
  baseURL: string,
  email: string,
  path: string,
  password = "podium-demo",
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${baseURL}/signin?callbackUrl=${encodeURIComponent(path)}`, { waitUntil: "networkidle" });
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
  await page.waitForLoadState("networkidle");
  return { context, page, errors };
}

/**
 * Signs in the way a script does: a CSRF token and its cookie from /api/auth/csrf, then the
 * form-encoded POST. The answer (its Set-Cookie holds the session, if any) and the CSRF cookie sent.
 */
export async function postSignIn(
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; csrfCookie: string }> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((l) => l.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, ...headers },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  return { response, csrfCookie };
}
