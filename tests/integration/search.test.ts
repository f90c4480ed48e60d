import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { reindexLatestReleases } from "@/db/search/index-release";
import { searchRelease } from "@/db/search/search-release";
import { demoGuid, seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "../support/test-database";
import { countDocuments } from "../support/search-documents";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const DEMO = "china-netav-2017";
const demoSession = (key: string) => demoGuid(`session/${DEMO}/web-drama-summit/${key}`);
const keynote = demoSession("keynote-wang-bin");
const ipDialogue = demoSession("dialogue-ip-cross-platform");
const bigDataTalk = demoSession("talk-wang-beibei");
const youthTalk = demoSession("talk-ren-xu");
const qualityDialogue = demoSession("dialogue-quality-and-scale");

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
