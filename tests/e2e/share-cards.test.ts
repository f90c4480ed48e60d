import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { conference, scanQr } from "./support/now-pages";
import { openPage } from "./support/pages";
import { browserForTests } from "./support/suite-browser";

const baseURL = inject("baseURL");
const talk = "d409ee8f-6121-5db5-960c-f52bead6acb0";
const forum = "web-drama-summit";
// SHARE_CARD_SHOTS=folder keeps a card and the posters as PNGs, for looking at them (and the README).
const shots = process.env.SHARE_CARD_SHOTS;

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const cards = {
  conference: `${conference}`,
  session: `${conference}/sessions/${talk}`,
  forum: `${conference}/forums/${forum}`,
  speaker: `${conference}/speakers/wang-bin`,
};

describe("share cards", () => {
  for (const [kind, page] of Object.entries(cards))
    it(`draws the ${kind}'s card as a 1200×630 PNG and names it in the page's Open Graph tags`, async () => {
      const started = performance.now();
      const response = await fetch(`${baseURL}${page}/card.png`, { headers: { "Accept-Language": "zh-CN" } });
      const drawn = performance.now() - started;
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeGreaterThan(5_000);
      expect(bytes.length).toBeLessThan(300_000);
      console.log(`${kind} card: ${bytes.length} bytes, ${Math.round(drawn)} ms`);
      if (shots) fs.writeFileSync(path.join(shots, `card-${kind}.png`), bytes);
      // The same card again: a revalidation is answered without drawing.
      const etag = response.headers.get("etag")!;
      expect((await fetch(`${baseURL}${page}/card.png`, { headers: { "If-None-Match": etag } })).status).toBe(304);

      const html = await (await fetch(`${baseURL}${page}`)).text();
      const meta = (name: string) =>
        html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1] ?? null;
      expect(meta("og:image")).toMatch(new RegExp(`^https?://[^/]+${page}/card\\.png$`));
      expect(meta("og:image:width")).toBe("1200");
      expect(meta("og:image:height")).toBe("630");
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("twitter:image")).toBe(meta("og:image"));
    });

  it("speaks the request's language, and answers 404 for what is not published", async () => {
    const zh = await fetch(`${baseURL}${cards.forum}/card.png`, { headers: { "Accept-Language": "zh-CN" } });
    const en = await fetch(`${baseURL}${cards.forum}/card.png`, { headers: { "Accept-Language": "en" } });
    expect(en.status).toBe(200);
    expect(en.headers.get("content-language")).toBe("en");
    expect(en.headers.get("etag")).not.toBe(zh.headers.get("etag"));
    if (shots) fs.writeFileSync(path.join(shots, "card-forum-en.png"), Buffer.from(await en.arrayBuffer()));
    for (const missing of [
      "/no-such-conference/card.png",
      `${conference}/sessions/00000000-0000-4000-8000-000000000000/card.png`,
      `${conference}/forums/no-such-forum/card.png`,
      `${conference}/speakers/no-such-speaker/card.png`,
      `${conference}/forums/no-such-forum/poster`,
    ])
      expect((await fetch(`${baseURL}${missing}`)).status, missing).toBe(404);
  });
});

describe("forum poster", () => {
  const browser = browserForTests();
  const poster = `${baseURL}${cards.forum}/poster`;
  const forumAddress = new RegExp(`^https?://[^/]+${cards.forum}$`);

  it("is linked from the forum's page", async () => {
    const html = await (await fetch(`${baseURL}${cards.forum}`)).text();
    expect(html).toContain(`href="${cards.forum}/poster"`);
  });

  for (const [language, heading, scan] of [
    ["zh-CN", "网络剧高峰论坛", "扫码查看论坛日程"],
    ["en", "Web Drama Summit", "Scan for this forum's page"],
  ] as const)
    it(`shows the agenda and a QR code to the forum on a phone, in ${language}`, async () => {
      const { page, errors, status, close } = await openPage(browser(), poster, {
        width: 390,
        height: 844,
        language,
      });
      expect(status).toBe(200);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      // Its own sheet: no site header or footer around the poster.
      expect(await page.locator("body > header").isVisible()).toBe(false);
      expect(await page.locator("body > footer").isVisible()).toBe(false);
      expect(await page.locator(".forum-poster-agenda > li").count()).toBeGreaterThan(3);
      expect(await page.getByText(scan, { exact: true }).isVisible()).toBe(true);
      // One column, no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await scanQr(page)).toMatch(forumAddress);
      // One language is enough for axe: both render the same elements (and it takes seconds).
      if (language === "zh-CN") expect(await seriousViolations(page)).toEqual([]);
      if (shots) await page.screenshot({ path: path.join(shots, `poster-${language}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await close();
    });

  it("prints on one A4 sheet with its QR code", async () => {
    const { page, errors, close } = await openPage(browser(), poster, { language: "zh-CN" });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("body > header").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1, name: "网络剧高峰论坛" }).isVisible()).toBe(true);
    expect(await scanQr(page)).toMatch(forumAddress);
    // Chromium lays the page out on the sheet the print stylesheet asks for.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // A4 is 595×842 points.
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    if (shots) await page.screenshot({ path: path.join(shots, "poster-print.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
