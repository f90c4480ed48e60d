import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSchedule } from "@/db/interop/import-schedule";
import { migrateDatabase } from "@/db/migrate";
import { insertRelease } from "@/db/releases/publish";
import { conferences, forums, sessionPeople, sessions, speakers } from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { seedDemo } from "@/db/seed/seed-demo";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { SEARCH_PAGE_SIZE } from "@/lib/search/results";
import { describeWithShared, sharedPath } from "../support/shared-data";
import { createTestDatabase } from "../support/test-database";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const at = (iso: string) => new Date(iso);
// As FOSDEM's schedule carries every abstract: HTML, with a link whose address holds a word.
const HTML_ABSTRACT =
  '<p>How the <a href="https://docs.example/sched-ext">sched_ext</a> framework &amp; BPF schedule tasks.</p>\n<p class="note">Bring questions.</p>';

describe("what search indexes for attendees", () => {
  let t: TestDatabase;
  const search = (q: string, conference = "china-netav-2017") => searchRelease(t.db, conference, q);

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const conferenceId = t.db
      .insert(conferences)
      .values({
        slug: "html-conf",
        name: "HTML",
        timeZone: "Europe/Brussels",
        startDate: "2030-02-01",
        endDate: "2030-02-01",
        defaultLocale: "en",
        published: true,
      })
      .returning()
      .get().id;
    const forumId = t.db
      .insert(forums)
      .values({ conferenceId, slug: "kernel", name: "Kernel", date: "2030-02-01" })
      .returning()
      .get().id;
    const talk = t.db
      .insert(sessions)
      .values({
        forumId,
        title: "Extensible scheduling",
        abstract: HTML_ABSTRACT,
        status: "confirmed",
        startsAt: at("2030-02-01T09:00:00Z"),
        endsAt: at("2030-02-01T09:30:00Z"),
      })
      .returning()
      .get();
    const ada = t.db.insert(speakers).values({ conferenceId, slug: "ada", name: "Ada Lovelace" }).returning().get();
    t.db.insert(sessionPeople).values({ sessionId: talk.id, speakerId: ada.id, role: "speaker" }).run();
    // Invited, never on stage: no public page, so nothing search may lead to.
    t.db.insert(speakers).values({ conferenceId, slug: "grace", name: "Grace Hopper" }).run();
    await insertRelease(t.db, { conferenceId, version: "v1", userId: null });
  });
  afterAll(() => t.dispose());

  it("finds the web drama summit by 网络剧, the search box's own example, and by its organization", async () => {
    const result = await search("网络剧");
    expect(result.forums.map((f) => f.slug)).toEqual(["web-drama-summit"]);
    expect(result.total.forums).toBe(1);
    expect((await search("咪咕文化")).forums.map((f) => f.slug)).toEqual(["web-drama-summit"]);
    expect((await search("Web Drama Summit")).forums[0]?.matchedFields).toContain("title");
  });

  it("indexes an HTML abstract's words, not its tags, attributes or entities", async () => {
    expect((await search("BPF", "html-conf")).sessions).toHaveLength(1);
    expect((await search("framework & BPF", "html-conf")).sessions).toHaveLength(1);
    for (const q of ["href", "docs.example", "class", 'note"', "amp", "<p>"])
      expect((await search(q, "html-conf")).sessions, q).toEqual([]);
  });

  it("leaves out speakers who take part in no session", async () => {
    expect((await search("Ada", "html-conf")).speakers.map((s) => s.slug)).toEqual(["ada"]);
    expect((await search("Grace Hopper", "html-conf")).speakers).toEqual([]);
  });

  it("reindexes, when migrated, a database whose index an older Podium wrote with the tags in it", async () => {
    // As the index was before this version: raw HTML in the body and no version row.
    t.db.run(sql`delete from search_documents where release_id = 0`);
    t.db.run(
      sql`update search_documents set body = ${HTML_ABSTRACT} where kind = 'session' and title = 'Extensible scheduling'`,
    );
    expect((await search("href", "html-conf")).sessions).toHaveLength(1);
    await migrateDatabase(t.db);
    expect((await search("href", "html-conf")).sessions).toEqual([]);
    expect((await search("BPF", "html-conf")).sessions).toHaveLength(1);
  });
});

describeWithShared(["data/real/fosdem-2025.xml"], "search over FOSDEM 2025", () => {
  let t: TestDatabase;
  const search = (q: string, page?: number) => searchRelease(t.db, "fosdem-2025", q, { page });

  beforeAll(async () => {
    t = await createTestDatabase();
    const file = sharedPath("data/real/fosdem-2025.xml");
    importSchedule(t.db, null, parseSchedule("fosdem-2025.xml", readFileSync(file, "utf8")), {
      trusted: true,
      publish: "v1",
    });
    // Importing 943 sessions takes a few seconds, more on a busy machine.
  }, 120_000);
  afterAll(() => t.dispose());

  it("says how many sessions match “kernel”, past the old cap of 50, and pages through every one", async () => {
    const first = await search("kernel");
    // 78 sessions hold the letters: 5 only in a link's address, 6 only inside a longer word (microkernel).
    expect(first.total.sessions).toBe(67);
    const all = first.total.forums + first.total.speakers + first.total.sessions;
    expect(first.paging).toEqual({ page: 1, pages: Math.ceil(all / SEARCH_PAGE_SIZE), perPage: SEARCH_PAGE_SIZE });
    const guids: string[] = [];
    for (let page = 1; page <= first.paging.pages; page++) {
      const result = await search("kernel", page);
      expect(result.forums.length + result.speakers.length + result.sessions.length).toBeLessThanOrEqual(
        SEARCH_PAGE_SIZE,
      );
      guids.push(...result.sessions.map((s) => s.guid));
    }
    expect(new Set(guids).size).toBe(67);
    // The Kernel devroom itself is a forum, found first.
    expect(first.forums.map((f) => f.slug)).toEqual(["kernel-2025-02-02"]);
  });

  it("finds no session through the markup of its abstract", async () => {
    expect((await search("href")).total.sessions).toBe(0);
    expect((await search("</p>")).total.sessions).toBe(0);
  });
});
