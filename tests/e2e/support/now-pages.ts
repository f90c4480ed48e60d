import type { Page } from "playwright-core";
import sharp from "sharp";
import jsQR from "jsqr";

export const conference = "/china-netav-2017";
/** 1 December 2017, 09:35 in Chengdu: 新时代网剧的当下与未来 is on in Forum Hall 1. */
export const duringTalk = encodeURIComponent("2017-12-01T09:35:00+08:00");
/** 11:00: the first panel (five people) is on, the second (six) is next. */
export const duringPanel = encodeURIComponent("2017-12-01T11:00:00+08:00");
/** 30 November, 15:00: the expo and the pitch session are on, the gala is next. */
export const busyAfternoon = encodeURIComponent("2017-11-30T15:00:00+08:00");

/** Reads the visible QR code of the page the way a phone would: from its pixels. */
export async function scanQr(page: Page): Promise<string | null> {
  const png = await page.locator("svg[data-qr-value]:visible").first().screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

/** Whether the document could scroll either way, and the lowest edge of what the screen shows. */
export async function scrollState(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    // The shown panel: a hidden one (display: none) has no boxes.
    const screen = [...document.querySelectorAll(".room-screen")].find((e) => e.getClientRects().length > 0);
    const bottoms = screen
      ? [...screen.querySelectorAll("h1, h2, p, li, svg")].map((e) => e.getBoundingClientRect().bottom)
      : [];
    return {
      overflow: getComputedStyle(root).overflow,
      scrollsY: root.scrollHeight > root.clientHeight || document.body.scrollHeight > window.innerHeight,
      scrollsX: root.scrollWidth > root.clientWidth,
      lowestEdge: Math.max(0, ...bottoms),
      viewportHeight: window.innerHeight,
    };
  });
}
