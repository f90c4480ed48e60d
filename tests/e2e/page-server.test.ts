import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import {
  conferenceMemberships,
  conferences,
  forums,
  rooms,
  sessionPeople,
  sessions,
  speakers,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { sentMail, waitForMail } from "./support/mail";
import { signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const slug = "e2e-page-server";

// The real page server (scripts/serve.ts, started by the global setup) on a conference of its
// own, so every first request here is a first request. Renders are counted by the answers'
// `x-podium-cache: miss` (the request that rendered) against `hit` (answered from stored bytes).
describe("the page server", () => {
  let db: Db;
  let conferenceId: number;
  let sessionId: number;
  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    conferenceId = db
      .insert(conferences)
      .values({
        slug,
        name: "Page Server Conference",
        defaultLocale: "en",
        timeZone: "Asia/Shanghai",
        startDate: "2031-03-01",
        endDate: "2031-03-02",
        published: true,
      })
      .returning()
      .get().id;
    const forumId = db
      .insert(forums)
      .values({ conferenceId, slug: "main", name: "主论坛", date: "2031-03-01" })
      .returning()
      .get().id;
    const roomId = db.insert(rooms).values({ conferenceId, slug: "hall", name: "Hall" }).returning().get().id;
    sessionId = db
      .insert(sessions)
      .values({
        forumId,
        roomId,
        title: "Opening",
        status: "confirmed",
        startsAt: new Date("2031-03-01T01:00:00Z"),
        endsAt: new Date("2031-03-01T02:00:00Z"),
      })
      .returning()
      .get().id;
    await insertRelease(db, { conferenceId, version: "v1", userId: null });
  });
  // One browser for the tests that need one, launched by the first of them.
  let shared: Promise<Browser> | null = null;
  const browserOnce = () => (shared ??= launchBrowser());
  afterAll(async () => {
    db?.$client.close();
    await (await shared)?.close();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(baseURL + path, { headers: { "accept-encoding": "identity", ...headers } });
    return {
      status: res.status,
      headers: res.headers,
      cache: res.headers.get("x-podium-cache"),
      lang: /<html lang="([^"]+)"/.exec(await res.text())?.[1],
    };
  };

  it("renders a page once for a thousand spellings of one language", async () => {
    const caches: Array<string | null> = [];
    const headers = new Set<string>();
    for (let n = 0; n < 1000; n++) {
      const q = String(n).padStart(3, "0");
      const header = [`en-US,en;q=0.9,de;q=0.${q}`, `de-CH;q=0.${q}, en-GB`, `ja, en;q=0.${q}1`][n % 3]!;
      headers.add(header);
      const answer = await get(`/${slug}/speakers`, { "accept-language": header });
      expect(answer.lang, header).toBe("en");
      caches.push(answer.cache);
    }
    expect(headers.size).toBe(1000);
    expect(caches.filter((c) => c === "miss")).toHaveLength(1);
    expect(caches.filter((c) => c === "hit")).toHaveLength(999);
  });

  it("answers odd agenda queries from the canonical page without rendering again", async () => {
    expect((await get(`/${slug}/agenda?view=list`, { "accept-language": "en" })).cache).toBe("miss");
    for (let n = 0; n < 100; n++) {
      const query = [
        `day=garbage-${n}`,
        `forum=nope-${n}&view=list`,
        `utm_source=${n}`,
        `view=xyz${n}`,
        "day=%E0%A4%A",
      ][n % 5];
      const answer = await get(`/${slug}/agenda?view=list&${query}&view=grid`, { "accept-language": "en-AU" });
      expect([answer.status, answer.cache, answer.lang], query).toEqual([200, "hit", "en"]);
    }
  });

  it("sends compressed bytes on the very first request, with an ETag that revalidates", async () => {
    const res = await fetch(`${baseURL}/${slug}/changelog`, {
      headers: { "accept-encoding": "br", "accept-language": "zh-CN" },
    });
    expect([res.status, res.headers.get("content-encoding"), res.headers.get("x-podium-cache")]).toEqual([
      200,
      "br",
      "miss",
    ]);
    expect(await res.text()).toContain('<html lang="zh-CN"');
    const again = await fetch(`${baseURL}/${slug}/changelog`, {
      headers: { "accept-encoding": "gzip", "accept-language": "zh", "if-none-match": res.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  it("lets concurrent first requests wait for one render", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => get(`/${slug}/schedule.ics`, { "accept-language": "zh-TW" })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.filter((a) => a.cache === "miss")).toHaveLength(1);
  });

  it("negotiates the language the same way for stored pages and everything else", async () => {
    for (const path of [`/${slug}`, "/", "/signin"]) {
      expect((await get(path, { cookie: "NEXT_LOCALE=%" })).status, path).toBe(200);
      expect(
        (await get(path, { cookie: "NEXT_LOCALE=en; NEXT_LOCALE=zh-CN", "accept-language": "en" })).lang,
        path,
      ).toBe("zh-CN");
      expect((await get(path, { cookie: "NEXT_LOCALE=%", "accept-language": "zh-TW" })).lang, path).toBe("zh-CN");
      expect((await get(path, { "accept-language": "de" })).lang, path).toBe("en");
    }
    // No language stated: the conference's default (English here), else Chinese.
    expect((await get(`/${slug}`)).lang).toBe("en");
    expect((await get("/")).lang).toBe("zh-CN");
  });

  it("never answers malformed input with a server error", async () => {
    const paths = [
      `/${slug}/%E0%A4%A`,
      "/%ZZ",
      `/${slug}/agenda?day=%ZZ&view=%`,
      `/${slug}/search?q=%ZZ`,
      `/${slug}/search?q=${"x".repeat(500)}`,
      `/${slug}/sessions/%C0%AF`,
      "/en/%ZZ",
    ];
    for (const path of paths) {
      const { status } = await get(path, { cookie: "NEXT_LOCALE=%; a=%", "accept-language": ";;;,q=x,*;q=abc" });
      expect(status, path).toBeLessThan(500);
    }
    const huge = await get(`/${slug}`, { "accept-language": `${"de;q=0.5,".repeat(1000)}en` });
    expect([huge.status, huge.lang]).toEqual([200, "en"]);
  });

  it("shows a release published by another process: Next.js renders at once, stored pages after the store's check", async () => {
    const agenda = `${baseURL}/${slug}/agenda?view=list`;
    const en = { "accept-language": "en" };
    const before = await fetch(agenda, { headers: en });
    expect(before.headers.get("x-podium-cache")).toBe("hit");
    const etag = before.headers.get("etag")!;
    // What `npm run import -- FILE --publish` does beside the server: its own connection writes a release.
    const { guid } = db
      .update(sessions)
      .set({ title: "Opening, revised" })
      .where(eq(sessions.id, sessionId))
      .returning()
      .get()!;
    await insertRelease(db, { conferenceId, version: "v2", userId: null });
    // Next.js reads the revision per request, so what it renders follows at once: the API, a page the store never keeps.
    const api = (await (await fetch(`${baseURL}/api/v1/conferences/${slug}/sessions`)).json()) as {
      data: { title: string }[];
    };
    expect(api.data.map((s) => s.title)).toEqual(["Opening, revised"]);
    const mine = await fetch(`${baseURL}/${slug}/my-agenda?sessions=${guid}`, { headers: en });
    expect(mine.headers.get("x-podium-cache")).toBeNull();
    expect(await mine.text()).toContain("Opening, revised");
    // The store sees another connection's commit on the very next request, and renders the page once under the new revision.
    const fresh = await fetch(agenda, { headers: en });
    expect([fresh.headers.get("x-podium-cache"), (await fresh.text()).includes("Opening, revised")]).toEqual([
      "miss",
      true,
    ]);
    const after = await fetch(agenda, { headers: { ...en, "if-none-match": etag } });
    expect([after.status, after.headers.get("x-podium-cache")]).toEqual([200, "hit"]);
  });

  it("tells a browser what changed in its starred sessions since the release it last saw, until dismissed", async () => {
    const browser = await browserOnce();
    const context = await browser.newContext({ locale: "en" });
    try {
      const { guid, startsAt, endsAt } = db.select().from(sessions).where(eq(sessions.id, sessionId)).get()!;
      await context.addInitScript(
        ([key, value]) => window.localStorage.setItem(key!, value!),
        [`podium:stars:${slug}`, JSON.stringify([guid])],
      );
      const page = await context.newPage();
      await page.goto(`${baseURL}/${slug}/my-agenda`);
      // The first visit only remembers the release it saw (v2, from the test above): nothing to compare with yet.
      await page.waitForFunction((key) => window.localStorage.getItem(key) === "v2", `podium:seen-release:${slug}`);
      // Every page of the conference names its changelog feed, which the real server answers.
      const feed = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(new URL(feed!).pathname).toBe(`/${slug}/changelog.atom`);
      const atom = await fetch(`${baseURL}/${slug}/changelog.atom`, { headers: { "accept-language": "en" } });
      expect([atom.status, atom.headers.get("content-type")]).toEqual([200, "application/atom+xml; charset=utf-8"]);
      expect(await atom.text()).toContain('<title type="html"><![CDATA[Version v2]]></title>');
      const subscribe = page.getByRole("link", { name: "Subscribe in a calendar app" });
      expect(await subscribe.getAttribute("href")).toMatch(
        new RegExp(`^webcal://[^/]+/${slug}/my-agenda\\.ics\\?sessions=${guid}$`),
      );
      const hour = 60 * 60 * 1000;
      db.update(sessions)
        .set({ startsAt: new Date(startsAt!.getTime() + hour), endsAt: new Date(endsAt!.getTime() + hour) })
        .where(eq(sessions.id, sessionId))
        .run();
      await insertRelease(db, { conferenceId, version: "v3", userId: null });
      await page.reload();
      const notice = page.getByRole("region", { name: "Changed since you last looked (v2)" });
      await notice.waitFor();
      expect(await notice.textContent()).toContain("Time or room:");
      await notice.getByRole("button", { name: "Dismiss" }).click();
      await notice.waitFor({ state: "detached" });
      await page.reload();
      await page.waitForFunction((key) => window.localStorage.getItem(key) === "v3", `podium:seen-release:${slug}`);
      await page.getByRole("link", { name: "Opening, revised" }).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await notice.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("puts a release's message to a speaker in the organizer's outbox and sends it through SMTP", async () => {
    const password = "podium-outbox-test";
    const passwordHash = await hashPassword(password, 4);
    const user = (email: string) => db.insert(users).values({ email, name: email, passwordHash }).returning().get().id;
    const organizer = user("outbox-organizer@podium.test");
    db.insert(conferenceMemberships).values({ userId: organizer, conferenceId }).run();
    const ada = db
      .insert(speakers)
      .values({ conferenceId, slug: "ada", name: "Ada Lovelace", userId: user("ada-outbox@podium.test") })
      .returning()
      .get().id;
    db.insert(sessionPeople).values({ sessionId, speakerId: ada, role: "speaker" }).run();
    await insertRelease(db, { conferenceId, version: "v4", userId: null });
    const before = sentMail(inject("mailDir")).length;
    const { context, page, errors } = await signedIn(
      await browserOnce(),
      baseURL,
      "outbox-organizer@podium.test",
      `/admin/${slug}/outbox`,
      password,
    );
    try {
      const message = page.getByRole("article", { name: "Ada Lovelace" });
      expect(await message.textContent()).toContain("ada-outbox@podium.test");
      expect(await message.getByRole("textbox", { name: "通知正文" }).inputValue()).toContain("Dear Ada Lovelace,");
      await message.getByRole("checkbox", { name: "发送这封通知" }).check();
      await page.getByRole("button", { name: "发送所选" }).click();
      await page.getByText("已发送 1 封，失败 0 封。").waitFor();
      const mail = await waitForMail(inject("mailDir"), "ada-outbox@podium.test", before);
      expect(mail).toMatch(/text\/calendar; charset=utf-8; method=REQUEST/i);
      await page.reload();
      expect(await message.textContent()).toContain("已发送");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
