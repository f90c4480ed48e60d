import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, releases, sessionPeople, sessions, speakers } from "@/db/schema";
import { reindexLatestReleases } from "@/db/search/index-release";
import { searchRelease } from "@/db/search/search-release";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const DEMO = "china-netav-2017";
const demoSession = (key: string) => demoGuid(`session/${DEMO}/web-drama-summit/${key}`);
const keynote = demoSession("keynote-wang-bin");
const ipDialogue = demoSession("dialogue-ip-cross-platform");
const bigDataTalk = demoSession("talk-wang-beibei");
const youthTalk = demoSession("talk-ren-xu");
const qualityDialogue = demoSession("dialogue-quality-and-scale");

const countDocuments = (t: TestDatabase, releaseId?: number) =>
  (
    t.db.$client
      .prepare(`select count(*) as n from search_documents where release_id ${releaseId === undefined ? "> 0" : "= ?"}`)
      .get(...(releaseId === undefined ? [] : [releaseId])) as { n: number }
  ).n;

describe("search over the demo conference", () => {
  let t: TestDatabase;
  const search = (q: string, perPage?: number) => searchRelease(t.db, DEMO, q, { perPage });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  it("finds the speaker from 咪咕 and the session that names 咪咕 with a two-character query", async () => {
    const result = await search("咪咕");
    expect(result).toMatchObject({ status: "ok", query: "咪咕", terms: ["咪咕"], release: { version: "v1" } });
    expect(result.speakers.map((s) => s.slug)).toEqual(["wang-bin"]);
    expect(result.speakers[0]?.matchedFields).toEqual(["subtitle"]);
    expect(result.sessions.map((s) => s.guid)).toEqual([keynote]);
  });

  it("finds the sessions mentioning IP, the one with IP in its title first, then in programme order", async () => {
    const result = await search("IP");
    expect(result.sessions.map((s) => s.guid)).toEqual([ipDialogue, keynote, bigDataTalk]);
    expect(result.sessions[0]?.matchedFields).toEqual(["title", "body"]);
    expect(result.speakers).toEqual([]);
  });

  it("matches a short Latin term at the start of a word only", async () => {
    // Not "Chairman", "Dai Ying", "Wu Bai", "paid", "tailoring" or "training".
    const result = await search("AI");
    expect(result.sessions.map((s) => s.guid)).toEqual([keynote]);
    expect(result.speakers).toEqual([]);
  });

  it("finds a three-character Chinese term through the full-text index", async () => {
    const result = await search("跨平台");
    expect(result.sessions.map((s) => s.guid)).toEqual([ipDialogue, keynote, youthTalk]);
  });

  it("searches the English translations, whatever the case", async () => {
    for (const q of ["Migu", "migu", "MIGU"]) {
      const result = await search(q);
      expect(
        result.speakers.map((s) => s.slug),
        q,
      ).toEqual(["wang-bin"]);
      expect(
        result.sessions.map((s) => s.guid),
        q,
      ).toEqual([keynote]);
    }
    expect((await search("Mango")).speakers.map((s) => s.slug)).toEqual(["huang-shuo", "ren-xu"]);
  });

  it("finds a one-character query, ranking names above abstracts and equal names in pinyin order", async () => {
    const result = await search("王");
    expect(result.speakers.map((s) => s.slug)).toEqual(["wang-beibei", "wang-bin", "wang-qin"]);
    expect(result.sessions.map((s) => s.guid)).toEqual([keynote, bigDataTalk, qualityDialogue]);
  });

  it("puts the speaker whose whole name is the query first", async () => {
    expect((await search("Wang Bin")).speakers.map((s) => s.slug)).toEqual(["wang-bin"]);
    expect((await search("wang")).speakers.map((s) => s.slug)).toEqual(["wang-beibei", "wang-bin", "wang-qin"]);
    const ceo = await search("CEO");
    expect(ceo.speakers.map((s) => s.slug)).toEqual(["wang-bin", "wang-beibei"]);
    expect(ceo.speakers[0]!.score).toBeGreaterThan(ceo.speakers[1]!.score);
  });

  it("requires every term, mixing short and long ones", async () => {
    expect((await search("咪咕 王斌")).speakers.map((s) => s.slug)).toEqual(["wang-bin"]);
    expect((await search("IP 跨平台运营")).sessions.map((s) => s.guid)).toEqual([ipDialogue, keynote]);
    const none = await search("咪咕 芒果");
    expect(none).toMatchObject({
      status: "ok",
      sessions: [],
      speakers: [],
      total: { forums: 0, sessions: 0, speakers: 0 },
    });
  });

  it("gives one page of the hits and says how many matched in all", async () => {
    // The web drama summit's description names IP: forums come first, then speakers, then sessions.
    const result = await search("IP", 1);
    expect(result.forums.map((f) => f.slug)).toEqual(["web-drama-summit"]);
    expect(result.sessions).toEqual([]);
    expect(result.total).toEqual({ forums: 1, sessions: 3, speakers: 0 });
    expect(result.paging).toEqual({ page: 1, pages: 4, perPage: 1 });
    const second = await searchRelease(t.db, DEMO, "IP", { perPage: 1, page: 2 });
    expect([second.forums, second.sessions.map((s) => s.guid)]).toEqual([[], [ipDialogue]]);
    const past = await searchRelease(t.db, DEMO, "IP", { perPage: 1, page: 99 });
    expect([past.paging.page, past.sessions.map((s) => s.guid)]).toEqual([4, [bigDataTalk]]);
  });

  it("answers empty, junk and over-long queries with a status and no hits", async () => {
    const cases: Array<[string, string]> = [
      ["", "empty"],
      ["   ", "empty"],
      ['"*(', "junk"],
      ["AND OR", "junk"],
      ["NEAR(", "junk"],
      ["-", "junk"],
      ["%", "junk"],
      ["_", "junk"],
      ["*", "junk"],
      ["网".repeat(500), "too-long"],
    ];
    for (const [q, status] of cases) {
      const result = await search(q);
      expect(result.status, q).toBe(status);
      expect(result.sessions, q).toEqual([]);
      expect(result.speakers, q).toEqual([]);
    }
  });

  it("treats LIKE wildcards and FTS syntax inside a term as plain characters", async () => {
    for (const q of [
      "5%",
      "a_b",
      "1=1",
      "IP^2",
      "网络 NEAR/3 剧",
      "title:咪咕",
      "咪咕*",
      "{title}: IP",
      "' OR 1=1 --",
    ]) {
      await expect(search(q), q).resolves.toMatchObject({ status: expect.stringMatching(/^(ok|junk)$/) });
    }
    expect((await search("咪咕*")).speakers.map((s) => s.slug)).toEqual(["wang-bin"]);
    expect((await search("title:咪咕")).speakers).toEqual([]);
  });

  it("never throws on arbitrary input", async () => {
    const alphabet = [
      '"',
      "'",
      "*",
      "(",
      ")",
      "^",
      ":",
      "-",
      "+",
      "%",
      "_",
      "\\",
      "{",
      "}",
      " ",
      "N",
      "E",
      "A",
      "R",
      "O",
      "咪",
      "咕",
      "王",
      "I",
      "P",
      "\u0000",
      "\ud83d",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 300; i++) {
      const q = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join("");
      const result = await search(q);
      expect(["ok", "junk", "empty"], JSON.stringify(q)).toContain(result.status);
    }
  });

  it("knows nothing of a conference that does not exist", async () => {
    expect(await searchRelease(t.db, "no-such-conference", "咪咕")).toMatchObject({
      status: "no-release",
      release: null,
      sessions: [],
      speakers: [],
    });
  });
});

describe("what public search may see", () => {
  let t: TestDatabase;
  let conferenceId: number;
  let forumId: number;
  const at = (iso: string) => new Date(iso);
  const search = (q: string, target: number | string = "live-conf") => searchRelease(t.db, target, q);
  const titlesOf = async (q: string) => {
    const found = (await search(q)).sessions.map((s) => s.guid);
    return t.db
      .select({ guid: sessions.guid, title: sessions.title })
      .from(sessions)
      .all()
      .filter((s) => found.includes(s.guid))
      .map((s) => s.title)
      .sort();
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    conferenceId = t.db
      .insert(conferences)
      .values({
        slug: "live-conf",
        name: "Live",
        timeZone: "Asia/Shanghai",
        startDate: "2030-05-01",
        endDate: "2030-05-02",
        published: true,
      })
      .returning()
      .get().id;
    forumId = t.db
      .insert(forums)
      .values({ conferenceId, slug: "main", name: "Main", date: "2030-05-01" })
      .returning()
      .get().id;
    const ada = t.db
      .insert(speakers)
      .values({ conferenceId, slug: "ada", name: "Ada Lovelace", organization: "分析机协会" })
      .returning()
      .get();
    const talk = t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Analytical Engine",
        status: "confirmed",
        startsAt: at("2030-05-01T01:00:00Z"),
        endsAt: at("2030-05-01T02:00:00Z"),
      })
      .returning()
      .get();
    t.db.insert(sessionPeople).values({ sessionId: talk.id, speakerId: ada.id, role: "speaker" }).run();
    t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Difference Engine",
        status: "cancelled",
        startsAt: at("2030-05-01T03:00:00Z"),
        endsAt: at("2030-05-01T04:00:00Z"),
      })
      .run();
    t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Secret Engine",
        status: "draft",
        startsAt: at("2030-05-01T05:00:00Z"),
        endsAt: at("2030-05-01T06:00:00Z"),
      })
      .run();
  });
  afterAll(() => t.dispose());

  it("finds nothing before the first release", async () => {
    expect((await search("Engine")).status).toBe("no-release");
  });

  it("finds confirmed and cancelled sessions of the release, never a draft", async () => {
    await insertRelease(t.db, { conferenceId, version: "v1", userId: null, at: at("2030-04-01T00:00:00Z") });
    expect(await titlesOf("Engine")).toEqual(["Analytical Engine", "Difference Engine"]);
    expect((await search("Secret")).sessions).toEqual([]);
    expect((await search("分析")).speakers.map((s) => s.slug)).toEqual(["ada"]);
  });

  it("does not see drafts or edits made after the release", async () => {
    t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Hidden Gem",
        status: "draft",
        startsAt: at("2030-05-01T07:00:00Z"),
        endsAt: at("2030-05-01T08:00:00Z"),
      })
      .run();
    t.db.update(sessions).set({ title: "Analytical Machine" }).where(eq(sessions.title, "Analytical Engine")).run();
    expect((await search("Hidden")).sessions).toEqual([]);
    expect((await search("Machine")).sessions).toEqual([]);
    expect(await titlesOf("Analytical")).toEqual(["Analytical Machine"]); // found by the released title
  });

  it("searches only the new release after a publish, and drops the old one's documents", async () => {
    const v1 = t.db.select().from(releases).where(eq(releases.version, "v1")).get()!;
    // The forum, both released sessions and their speaker.
    expect(countDocuments(t, v1.id)).toBe(4);
    const v2 = await insertRelease(t.db, { conferenceId, version: "v2", userId: null, at: at("2030-04-02T00:00:00Z") });
    expect(countDocuments(t, v1.id)).toBe(0);
    expect(countDocuments(t, v2.id)).toBe(4);
    expect(await titlesOf("Machine")).toEqual(["Analytical Machine"]);
    expect((await search("Analytical Engine")).sessions).toEqual([]);
    expect((await search("Hidden")).sessions).toEqual([]);
    expect((await search("Machine", v2.id)).release).toEqual({ id: v2.id, version: "v2" });
    expect((await search("Machine", v1.id)).status).toBe("no-release");
  });

  it("keeps one conference's documents out of another's search", async () => {
    const otherId = t.db
      .insert(conferences)
      .values({
        slug: "other-conf",
        name: "Other",
        timeZone: "UTC",
        startDate: "2030-06-01",
        endDate: "2030-06-01",
        published: true,
      })
      .returning()
      .get().id;
    const otherForum = t.db
      .insert(forums)
      .values({ conferenceId: otherId, slug: "main", name: "Main", date: "2030-06-01" })
      .returning()
      .get().id;
    t.db
      .insert(sessions)
      .values({
        forumId: otherForum,
        title: "Analytical Machine Two",
        status: "confirmed",
        startsAt: at("2030-06-01T01:00:00Z"),
        endsAt: at("2030-06-01T02:00:00Z"),
      })
      .run();
    await insertRelease(t.db, { conferenceId: otherId, version: "v1", userId: null });
    expect(await titlesOf("Machine")).toEqual(["Analytical Machine"]);
    expect((await search("Machine", "other-conf")).sessions).toHaveLength(1);
    expect(countDocuments(t)).toBe(6);
  });

  it("hides a conference that is no longer published", async () => {
    const latest = t.db.select().from(releases).where(eq(releases.version, "v2")).get()!;
    t.db.update(conferences).set({ published: false }).where(eq(conferences.id, conferenceId)).run();
    expect((await search("Machine")).status).toBe("no-release");
    expect((await search("Machine", latest.id)).status).toBe("no-release");
    t.db.update(conferences).set({ published: true }).where(eq(conferences.id, conferenceId)).run();
    expect((await search("Machine")).sessions).toHaveLength(1);
  });

  it("drops the documents of a deleted conference", async () => {
    t.db.delete(conferences).where(eq(conferences.slug, "other-conf")).run();
    expect(countDocuments(t)).toBe(4);
  });
});

describe("the search index of a database published before search existed", () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    // As a database published before search existed: releases, and nothing in the index.
    t.db.run(sql`delete from search_documents`);
  });
  afterAll(() => t.dispose());

  it("is built by the migration from the latest release of each conference", async () => {
    await migrateDatabase(t.db);
    const result = await searchRelease(t.db, DEMO, "咪咕");
    expect(result.speakers.map((s) => s.slug)).toEqual(["wang-bin"]);
    // Six forums, twelve sessions and the fourteen speakers who take part in them.
    expect(countDocuments(t)).toBe(6 + 12 + 14);
  });

  it("is left alone by later migrations and rebuilt identically on demand", async () => {
    const documents = (columns = "*") =>
      t.db.$client.prepare(`select ${columns} from search_documents order by kind, ref`).all();
    const [withRowids, contents] = [documents("rowid, *"), documents()];
    await migrateDatabase(t.db);
    expect(documents("rowid, *")).toEqual(withRowids);
    expect(reindexLatestReleases(t.db)).toBe(1);
    expect(reindexLatestReleases(t.db)).toBe(1);
    expect(documents()).toEqual(contents);
  });
});
