import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, rooms, sessions } from "@/db/schema";

const baseURL = inject("baseURL");

// A second conference, written straight into the served database: English by
// default, with a draft and a cancelled session beside a confirmed one.
describe("what the public sees of a conference", () => {
  let db: Db;
  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    const at = (iso: string) => new Date(iso);
    const conferenceId = db
      .insert(conferences)
      .values({
        slug: "e2e-english-conf",
        name: "English Conference",
        defaultLocale: "en",
        timeZone: "Europe/Berlin",
        startDate: "2030-05-01",
        endDate: "2030-05-01",
        published: true,
      })
      .returning()
      .get().id;
    const forumId = db
      .insert(forums)
      .values({ conferenceId, slug: "main", name: "Main forum", date: "2030-05-01" })
      .returning()
      .get().id;
    const roomId = db.insert(rooms).values({ conferenceId, slug: "hall", name: "Hall" }).returning().get().id;
    db.insert(sessions)
      .values({
        forumId,
        roomId,
        title: "Opening talk",
        status: "confirmed",
        startsAt: at("2030-05-01T07:00:00Z"),
        endsAt: at("2030-05-01T08:00:00Z"),
      })
      .run();
    db.insert(sessions)
      .values({
        forumId,
        roomId,
        title: "Secret draft",
        status: "draft",
        startsAt: at("2030-05-01T08:00:00Z"),
        endsAt: at("2030-05-01T09:00:00Z"),
      })
      .run();
    db.insert(sessions)
      .values({
        forumId,
        roomId,
        title: "Called-off talk",
        status: "cancelled",
        startsAt: at("2030-05-01T09:00:00Z"),
        endsAt: at("2030-05-01T10:00:00Z"),
      })
      .run();
    await insertRelease(db, { conferenceId, version: "v1", userId: null });
    db.insert(sessions)
      .values({
        forumId,
        roomId,
        title: "Added after the release",
        status: "confirmed",
        startsAt: at("2030-05-01T11:00:00Z"),
        endsAt: at("2030-05-01T12:00:00Z"),
      })
      .run();

    const hiddenId = db
      .insert(conferences)
      .values({
        slug: "e2e-unpublished",
        name: "Unpublished",
        timeZone: "UTC",
        startDate: "2030-06-01",
        endDate: "2030-06-01",
        published: false,
      })
      .returning()
      .get().id;
    await insertRelease(db, { conferenceId: hiddenId, version: "v1", userId: null });
  });
  afterAll(() => db?.$client.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(baseURL + path, { headers });

  it("speaks the conference's default language to a visitor who states none", async () => {
    expect(await (await get("/e2e-english-conf")).text()).toContain('<html lang="en"');
    expect(await (await get("/e2e-english-conf", { "accept-language": "zh-CN,zh;q=0.9" })).text()).toContain(
      '<html lang="zh-CN"',
    );
    expect(await (await get("/e2e-english-conf", { cookie: "NEXT_LOCALE=zh-CN" })).text()).toContain(
      '<html lang="zh-CN"',
    );
  });

  it("shows the release: cancelled sessions marked, drafts and later edits nowhere", async () => {
    const agenda = await (await get("/e2e-english-conf/agenda?view=list", { "accept-language": "en" })).text();
    expect(agenda).toContain("Opening talk");
    expect(agenda).toMatch(/Cancelled[\s\S]*Called-off talk/);
    expect(agenda).not.toContain("Secret draft");
    expect(agenda).not.toContain("Added after the release");
    const search = await (await get("/e2e-english-conf/search?q=draft", { "accept-language": "en" })).text();
    expect(search).toContain("Nothing found");
    const calendar = await (await get("/e2e-english-conf/schedule.ics")).text();
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar).not.toContain("Secret draft");
    expect(calendar).toContain("STATUS:CANCELLED");
  });

  it("answers 404 for an unpublished conference, its pages and its calendar", async () => {
    for (const path of ["/e2e-unpublished", "/e2e-unpublished/agenda", "/e2e-unpublished/schedule.ics"]) {
      expect((await get(path)).status, path).toBe(404);
    }
    const sitemap = await (await get("/sitemap.xml")).text();
    // The sitemap is read under every conference's revision, so one published straight into the database is listed too.
    expect(sitemap).toContain("/china-netav-2017/agenda");
    expect(sitemap).toContain("/e2e-english-conf/agenda");
    expect(sitemap).not.toContain("e2e-unpublished");
  });
});
