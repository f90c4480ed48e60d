import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { conferences, forums, sessions } from "@/db/schema";
import { actionId } from "../../scripts/load/http-client";
import { signedIn } from "./support/sign-in";
import { browserForTests } from "./support/suite-browser";

// Server actions are POST endpoints any page on the web can aim at. Next.js runs one only
// when the Origin header names the host the request came to; Auth.js's own sign-in
// endpoint wants its double-submit CSRF token. Both are tried here from another site.
const baseURL = inject("baseURL");
const root = path.resolve(import.meta.dirname, "../..");
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};
const SCHEDULE = "/admin/china-netav-2017/schedule";
const own = new URL(baseURL);
const isSessionCookie = (name: string) => /authjs\.session-token(\.\d+)?$/.test(name);
// One browser for both parts of the file, launched before either.
const browser = browserForTests();

/** A raw POST: node:http lets the test set Host and Origin as a forger would. */
function post(
  pathname: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: own.hostname,
        port: own.port,
        path: pathname,
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        timeout: 20_000,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`POST ${pathname} timed out`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** The action's return value in an RSC answer (line 0 is the envelope), or null. */
function actionValue<T>(text: string): T | null {
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(\{.*\})$/.exec(line);
    if (match && match[1] !== "0") return JSON.parse(match[2]!) as T;
  }
  return null;
}

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join("; ");
}

describe("server actions from another origin", () => {
  let db: Db;
  let organizer: Awaited<ReturnType<typeof signedIn>>;
  let cookie: string;
  let moveId: string;
  let target: { id: number; startsAt: Date; endsAt: Date; roomId: number | null };
  const current = () => db.select().from(sessions).where(eq(sessions.id, target.id)).get()!;

  /** The schedule editor's call: the session moved by `minutes` from where it is now. */
  async function moveBody(minutes: number): Promise<string> {
    const s = current();
    const shift = (d: Date) => new Date(d.getTime() + minutes * 60_000).toISOString();
    const body = await encodeReply([
      { sessionId: s.id, version: s.version, roomId: s.roomId, startsAt: shift(s.startsAt!), endsAt: shift(s.endsAt!) },
    ]);
    if (typeof body !== "string") throw new Error("a plain argument encodes as text");
    return body;
  }
  const actionHeaders = (extra: Record<string, string>) => ({
    "next-action": moveId,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    cookie,
    host: own.host,
    origin: own.origin,
    ...extra,
  });

  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    moveId = actionId(root, "app/[locale]/(workspace)/admin/[conference]/schedule/actions.ts", "moveSessionAction");
    const row = db
      .select({ id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt, roomId: sessions.roomId })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
      .where(and(eq(conferences.slug, "china-netav-2017"), isNotNull(sessions.startsAt), isNotNull(sessions.roomId)))
      .orderBy(asc(sessions.id))
      .get()!;
    target = { id: row.id, startsAt: row.startsAt!, endsAt: row.endsAt!, roomId: row.roomId };
    organizer = await signedIn(browser(), baseURL, "organizer@podium.test", SCHEDULE);
    cookie = await cookieHeader(organizer.context);
    expect(cookie).toMatch(/authjs\.session-token=/);
  });
  afterAll(async () => {
    await organizer?.context.close();
    db?.$client.close();
  });

  const forgeries: Array<[string, Record<string, string>]> = [
    ["an Origin of another site", { origin: "https://evil.example" }],
    ["a Host that is not the Origin's", { host: "evil.example" }],
    ["the opaque Origin of a sandboxed frame", { origin: "null" }],
  ];
  for (const [name, headers] of forgeries) {
    it(`refuses a move posted with ${name}, and changes nothing`, async () => {
      const before = current();
      const answer = await post(SCHEDULE, actionHeaders(headers), await moveBody(5));
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(actionValue<{ status: string }>(answer.text)?.status).not.toBe("saved");
      const after = current();
      expect({ version: after.version, startsAt: after.startsAt, roomId: after.roomId }).toEqual({
        version: before.version,
        startsAt: before.startsAt,
        roomId: before.roomId,
      });
    });
  }

  it("runs the same move from the app's own origin, and the move back", async () => {
    const before = current();
    const moved = await post(SCHEDULE, actionHeaders({}), await moveBody(5));
    expect(moved.status).toBe(200);
    expect(actionValue(moved.text)).toEqual({ status: "saved", data: { version: before.version + 1 } });
    expect(current().startsAt!.getTime()).toBe(before.startsAt!.getTime() + 5 * 60_000);

    const back = await post(SCHEDULE, actionHeaders({}), await moveBody(-5));
    expect(actionValue(back.text)).toEqual({ status: "saved", data: { version: before.version + 2 } });
    expect(current().startsAt).toEqual(target.startsAt);
    expect(current().endsAt).toEqual(target.endsAt);
  });

  it("grants no other site a CORS preflight for the action's headers", async () => {
    const response = await fetch(baseURL + SCHEDULE, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "next-action, x-forwarded-host",
      },
    });
    await response.arrayBuffer();
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("signing in from another site", () => {
  // Another site on loopback (127.0.0.1 is not the site localhost): its page is made by the
  // test, so the browser needs no network, and it posts to the app as any web page can.
  const attacker = `http://127.0.0.1:${own.port}/attack`;

  /** Serves `html` at `url` in a fresh profile, submits its form and returns the app's first answer and whether it signed in. */
  async function submitFrom(url: string, html: string) {
    const context = await browser().newContext({ locale: "zh-CN" });
    await context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    const page = await context.newPage();
    await page.goto(url);
    const answer = page.waitForResponse((r) => r.url().startsWith(baseURL) && r.request().method() === "POST");
    // Submitted after the evaluation returns, so that the navigation does not cut it short.
    await page.evaluate(() => void setTimeout(() => HTMLFormElement.prototype.submit.call(document.forms[0]!), 0));
    const response = await answer;
    const origin = (await response.request().allHeaders())["origin"];
    const location = (await response.allHeaders())["location"] ?? null;
    await page.waitForLoadState("load").catch(() => undefined);
    const signedInNow = (await context.cookies(baseURL)).some((c) => isSessionCookie(c.name));
    await context.close();
    return { status: response.status(), location, origin, signedInNow };
  }

  /** Gives the form's input `name` the value `value`, whatever value it had. */
  const fill = (form: string, name: string, value: string) =>
    form.replace(new RegExp(`<input\\b[^>]*\\sname="${name}"[^>]*>`), (input) =>
      input.replace(/\svalue="[^"]*"/, "").replace(/\s*\/?>$/, ` value="${value}">`),
    );

  /** The sign-in page's own form, as an attacker would copy it: its action aimed at the app, the organizer's password filled in. */
  async function copiedSignInForm(): Promise<string> {
    const html = await (await fetch(`${baseURL}/signin`, { headers: { "accept-language": "zh-CN" } })).text();
    const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
      .map((m) => m[0])
      .find((f) => f.includes('name="password"'));
    if (!form) throw new Error("no sign-in form in the page");
    const aimed = form.replace(/^<form\b[^>]*>/, (open) =>
      open.replace(/\saction="[^"]*"/, "").replace(/^<form\b/, `<form action="${baseURL}/signin"`),
    );
    return fill(fill(aimed, "email", "organizer@podium.test"), "password", "podium-demo");
  }

  it("refuses the sign-in action posted by another site's form, which works from the app's own origin", async () => {
    const form = await copiedSignInForm();
    const asPage = (body: string) =>
      `<!doctype html><html><head><title>win a prize</title></head><body>${body}</body></html>`;
    const forged = await submitFrom(attacker, asPage(form));
    expect(forged.origin).toBe(new URL(attacker).origin);
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.signedInNow).toBe(false);

    // The same page at the app's own origin signs in: what refused the forgery is the origin check.
    const genuine = await submitFrom(`${baseURL}/e2e-copied-sign-in-form`, asPage(form));
    expect(genuine.origin).toBe(own.origin);
    expect(genuine.status).toBeLessThan(400);
    expect(genuine.signedInNow).toBe(true);
  });

  it("refuses Auth.js's credentials callback posted without its CSRF token", async () => {
    const forged = await submitFrom(
      attacker,
      `<!doctype html><form method="post" action="${baseURL}/api/auth/callback/credentials"><input name="email" value="organizer@podium.test"><input name="password" value="podium-demo"><input name="callbackUrl" value="/admin"></form>`,
    );
    expect(forged.signedInNow).toBe(false);
    expect(forged.location).toMatch(/\/signin\?error=MissingCSRF/);

    // With the cookie but a token that is not the cookie's, as a forger who read an old page would send.
    const csrf = await fetch(`${baseURL}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const attempt = (token: string) =>
      fetch(`${baseURL}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: own.origin },
        body: new URLSearchParams({ csrfToken: token, email: "organizer@podium.test", password: "podium-demo" }),
      });
    const wrong = await attempt(`${csrfToken.slice(0, -1)}${csrfToken.endsWith("0") ? "1" : "0"}`);
    expect(wrong.headers.getSetCookie().some((line) => isSessionCookie(line.split("=")[0]!))).toBe(false);
    const right = await attempt(csrfToken);
    expect(right.headers.getSetCookie().some((line) => isSessionCookie(line.split("=")[0]!))).toBe(true);
  });
});
