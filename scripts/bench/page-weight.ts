import fs from "node:fs";
import zlib from "node:zlib";
import { eq } from "drizzle-orm";
import { chromium, type Browser } from "playwright-core";
import type { Db } from "@/db/connection";
import { importSchedule } from "@/db/interop/import-schedule";
import { conferences, forums, rooms, sessions } from "@/db/schema";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { instantToLocalDate } from "@/lib/time/zoned";
import { measureFirstLoadJs } from "./first-load-js";
import { getRaw } from "./raw-http";

// What a phone pays for a public page (issue 18): bytes on the wire, elements to lay out,
// scripts to run, and when the largest paint lands on a slow phone.

/** Lighthouse's "slow 4G" and its mid-range phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4× slower CPU. */
export const PHONE_PROFILE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 } as const;

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  /** Bytes of the HTML as rendered, gzipped at level 9, and as the server sent it for `Accept-Encoding: br`. */
  html: number;
  gzip: number;
  brotli: number;
  /** Whether the server compressed with brotli (else `brotli` is node:zlib's at quality 11). */
  serverBrotli: boolean;
  /** Elements after load, before any interaction. */
  domNodes: number | null;
  firstLoadJsGzip: number;
  /** Largest contentful paint on the phone profile, ms from navigation, median of three; null when one reported none. */
  lcpMs: number | null;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
  });
}

export async function measurePageWeight(
  browser: Browser,
  origin: string,
  name: string,
  path: string,
  language: string,
): Promise<PageWeight> {
  const plain = await getRaw(origin + path, { "accept-language": language, "accept-encoding": "identity" });
  const br = await getRaw(origin + path, { "accept-language": language, "accept-encoding": "br" });
  const serverBrotli = br.headers["content-encoding"] === "br";
  const brotli = serverBrotli
    ? br.body.length
    : zlib.brotliCompressSync(plain.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const js = await measureFirstLoadJs(origin, plain.body.toString("utf8"));
  return {
    name,
    path,
    status: plain.status,
    html: plain.body.length,
    gzip: zlib.gzipSync(plain.body, { level: 9 }).length,
    brotli,
    serverBrotli,
    domNodes: await countElements(browser, origin + path, language),
    firstLoadJsGzip: js.gzipBytes,
    lcpMs: await medianLcp(browser, origin + path, language),
  };
}

async function countElements(browser: Browser, url: string, language: string): Promise<number | null> {
  const context = await browser.newContext({ locale: language, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    return await page.evaluate(() => document.getElementsByTagName("*").length);
  } finally {
    await context.close();
  }
}

/** The median of three cold loads: a 4× slower CPU on a shared machine makes single loads noisy. */
async function medianLcp(browser: Browser, url: string, language: string): Promise<number | null> {
  const runs: Array<number | null> = [];
  for (let i = 0; i < 3; i++) runs.push(await phoneLcp(browser, url, language));
  if (runs.includes(null)) return null;
  return (runs as number[]).sort((a, b) => a - b)[1]!;
}

/** A cold load (fresh context, nothing cached) on the phone profile, through Chromium's own throttling. */
async function phoneLcp(browser: Browser, url: string, language: string): Promise<number | null> {
  const context = await browser.newContext({
    locale: language,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { lcp: number | null };
      w.lcp = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PHONE_PROFILE.latencyMs,
      downloadThroughput: (PHONE_PROFILE.downKbps * 1000) / 8,
      uploadThroughput: (PHONE_PROFILE.upKbps * 1000) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_PROFILE.cpuSlowdown });
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
    // LCP entries stop once the page is loaded and has painted; give the last one a moment. A page
    // whose load never ends (a slow script on a busy server) is read as it stands after 20 s.
    await page.waitForLoadState("load", { timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    const lcp = await page.evaluate(() => (window as unknown as { lcp: number | null }).lcp);
    return lcp === null ? null : Math.round(lcp);
  } finally {
    await context.close();
  }
}

/** The conference the pages are weighed on, and its busiest day and room. */
export interface WeighedConference {
  source: "FOSDEM 2025" | "generated";
  slug: string;
  day: string;
  sessionsOnDay: number;
  roomsOnDay: number;
  room: string;
  /** An instant of that day, mid-morning, for the now page and the room screen (`?at=`). */
  at: string;
}

export interface PageWeights {
  conference: WeighedConference;
  pages: PageWeight[];
  /** Pages that could not be weighed, and why. */
  failures: string[];
}

/**
 * FOSDEM 2025 imported and published beside the generated conference when its file is there
 * (a real programme: 943 events, 470 a day in 29 rooms), else the generated conference.
 */
export function prepareWeighedConference(db: Db, fosdemFile: string | null, generatedId: number): WeighedConference {
  let conferenceId = generatedId;
  if (fosdemFile) {
    const parsed = parseSchedule(fosdemFile, fs.readFileSync(fosdemFile, "utf8"));
    const { conference } = importSchedule(db, null, parsed, { publish: "", trusted: true });
    conferenceId = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, conference.slug)).get()!.id;
  }
  const { slug, timeZone } = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get()!;
  const rows = db
    .select({ startsAt: sessions.startsAt, room: rooms.slug })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .leftJoin(rooms, eq(rooms.id, sessions.roomId))
    .where(eq(forums.conferenceId, conferenceId))
    .all();
  const byDay = new Map<string, typeof rows>();
  for (const r of rows) {
    if (!r.startsAt) continue;
    const day = instantToLocalDate(r.startsAt, timeZone);
    (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(r);
  }
  const [day, onDay] = [...byDay].sort((a, b) => b[1].length - a[1].length)[0]!;
  const perRoom = new Map<string, number>();
  for (const r of onDay) if (r.room) perRoom.set(r.room, (perRoom.get(r.room) ?? 0) + 1);
  const room = [...perRoom].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    source: fosdemFile ? "FOSDEM 2025" : "generated",
    slug,
    day,
    sessionsOnDay: onDay.length,
    roomsOnDay: perRoom.size,
    room,
    at: `${day}T11:00`,
  };
}

/** The agenda's busiest day, the now page and the busiest room's screen, in Chinese as the bench's other requests. */
export async function measurePageWeights(origin: string, conference: WeighedConference): Promise<PageWeights> {
  const { slug, day, room, at } = conference;
  const specs: Array<[string, string]> = [
    ["agenda (list, busiest day)", `/${slug}/agenda?day=${day}`],
    ["now", `/${slug}/now?at=${at}`],
    ["room screen", `/${slug}/screens/${room}?at=${at}`],
  ];
  const browser = await launchChromium();
  try {
    const pages: PageWeight[] = [];
    const failures: string[] = [];
    for (const [name, path] of specs) {
      try {
        pages.push(await measurePageWeight(browser, origin, name, path, "zh-CN"));
      } catch (error) {
        failures.push(`${name} (${path}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
    return { conference, pages, failures };
  } finally {
    await browser.close();
  }
}
