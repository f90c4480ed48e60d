import type { BrowserContext } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { docsPageSecurityPolicy } from "@/lib/api/docs-page";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { signedIn } from "./support/sign-in";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const conference = "/china-netav-2017";

async function firstSessionGuid(): Promise<string> {
  const calendar = await (await fetch(`${baseURL}${conference}/schedule.ics`)).text();
  return /UID:([0-9a-f-]{36})@podium/.exec(calendar)![1]!;
}

/** What is wrong with a response's security headers, or nothing. `fetch` joins a repeated header with ", ", so equality also means "sent once". */
function headerProblems(response: Response, policy = contentSecurityPolicy()): string[] {
  const wanted: Record<string, string> = { ...securityHeaders, "Content-Security-Policy": policy };
  return Object.entries(wanted)
    .filter(([key, value]) => response.headers.get(key) !== value)
    .map(([key, value]) => `${key}: got ${JSON.stringify(response.headers.get(key))}, want ${JSON.stringify(value)}`);
}

/**
 * Collects the page's CSP violations: the DOM event, reported through a binding so that
 * violations on every navigation reach the test, and Chromium's console messages about them.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction("__podiumCspViolation", (report: string) => violations.push(report));
  await context.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        const report = (window as unknown as { __podiumCspViolation: (report: string) => void }).__podiumCspViolation;
        void report(
          `${e.effectiveDirective} refused ${e.blockedURI || "(inline)"} in ${e.sourceFile || e.documentURI}:${e.lineNumber} ${e.sample}`,
        );
      },
      true,
    );
  });
  context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/** Lets reports still in flight through the binding arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("security headers", () => {
  it("are on every kind of response, each sent once, also when it comes again or from a cache", async () => {
    const home = await (await fetch(`${baseURL}/`)).text();
    const chunk = /\/_next\/static\/[^"'\s\\]+\.js/.exec(home)?.[0];
    expect(chunk, "a script chunk linked from the home page").toBeTruthy();
    const guid = await firstSessionGuid();
    const requests: { path: string; status: number[]; init?: RequestInit }[] = [
      { path: "/", status: [200] },
      { path: `${conference}/agenda`, status: [200] },
      { path: `${conference}/sessions/${guid}`, status: [200] },
      { path: `${conference}/speakers/wang-bin`, status: [200] },
      { path: "/signin", status: [200] },
      // Not signed in: the proxy's redirect to sign-in.
      { path: "/admin", status: [307], init: { redirect: "manual" } },
      { path: `${conference}/schedule.ics`, status: [200] },
      { path: `${conference}/schedule.xml`, status: [200] },
      { path: "/api/v1/conferences", status: [200] },
      { path: `/media/photos/${"0".repeat(64)}.webp`, status: [404] },
      { path: "/no-such-conference-e2e/agenda", status: [404] },
      { path: "/robots.txt", status: [200] },
      { path: "/sitemap.xml", status: [200] },
      { path: chunk!, status: [200] },
    ];
    const problems: Record<string, string[]> = {};
    for (const { path, status, init } of requests) {
      // Twice: the second answer may come from a cache in front of the renderer.
      for (const round of [1, 2]) {
        const response = await fetch(baseURL + path, { headers: { "accept-language": "zh-CN" }, ...init });
        await response.arrayBuffer();
        const found = [
          ...(status.includes(response.status) ? [] : [`status ${response.status}`]),
          ...headerProblems(response),
        ];
        if (found.length) problems[`${path} (#${round})`] = found;
      }
    }
    expect(problems).toEqual({});
  });

  it("are on a 304 revalidation too", async () => {
    const first = await fetch(`${baseURL}/api/v1/conferences`);
    await first.arrayBuffer();
    const again = await fetch(`${baseURL}/api/v1/conferences`, {
      headers: { "if-none-match": first.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
    expect(headerProblems(again)).toEqual([]);
  });

  it("give the API documentation its own stricter policy alone, with the other headers", async () => {
    const response = await fetch(`${baseURL}/api/v1/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<style>");
    expect(headerProblems(response, docsPageSecurityPolicy)).toEqual([]);
  });
});

describe("the app under its own Content-Security-Policy, in Chromium", () => {
  const browser = browserForTests();

  it("reports a violation when there is one (the watch works)", async () => {
    const context = await browser().newContext({ locale: "zh-CN" });
    const violations = await watchViolations(context);
    const page = await context.newPage();
    await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
    // Plain http images are not allowed: only https addresses, data: and blob:.
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "http://example.invalid/photo.png";
      document.body.append(image);
    });
    await settle();
    expect(violations.some((v) => v.startsWith("img-src refused http://example.invalid/photo.png"))).toBe(true);
    await context.close();
  });

  it("loads the home page, the agenda, a session page and the sign-in page without a violation", async () => {
    const paths = [
      "/",
      `${conference}/agenda`,
      `${conference}/agenda?day=2017-12-01&view=list`,
      `${conference}/sessions/${await firstSessionGuid()}`,
      "/signin",
    ];
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
      const violations = await watchViolations(context);
      const page = await context.newPage();
      const response = await page.goto(baseURL + path, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(200);
      await page.locator("h1").first().waitFor();
      await settle();
      if (violations.length) found[path] = violations;
      await context.close();
    }
    expect(found).toEqual({});
  });

  it("opens the organizer's schedule editor without a violation", async () => {
    const editor = `/admin${conference}/schedule`;
    const { context, page } = await signedIn(browser(), baseURL, "organizer@podium.test", editor);
    const violations = await watchViolations(context);
    // Again, now that the watch is in place from the first byte.
    await page.goto(`${baseURL}${editor}?day=2017-12-01`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: /冲突（\d+）/ }).waitFor();
    await settle();
    expect(violations).toEqual([]);
    await context.close();
  });

  it("keeps the invitation page's no-referrer over the site's Referrer-Policy", async () => {
    const context = await browser().newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const refererOf = async () => {
      const sent = page.waitForRequest((r) => r.url() === `${baseURL}/robots.txt`);
      await page.evaluate(() => fetch("/robots.txt").then((r) => r.text()));
      return (await (await sent).allHeaders())["referer"];
    };
    await page.goto(`${baseURL}/`, { waitUntil: "networkidle" });
    expect(await refererOf()).toBe(`${baseURL}/`);
    await page.goto(`${baseURL}/invite/not-a-real-token`, { waitUntil: "networkidle" });
    expect(await page.locator('meta[name="referrer"]').getAttribute("content")).toBe("no-referrer");
    expect(await refererOf()).toBeUndefined();
    await context.close();
  });
});
