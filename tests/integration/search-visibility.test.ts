import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRelease } from "@/db/releases/publish";
import { conferences, releases, sessionPeople, sessions, speakers } from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { createTestDatabase } from "../support/test-database";
import { countDocuments } from "../support/search-documents";
import { addConferenceWithForum, addLiveConference, addSession } from "../support/live-conference";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

// What public search may see of a live conference: published releases only, never drafts or private conferences, and nothing of another conference.

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
    ({ conferenceId, forumId } = addLiveConference(t.db));
    const ada = t.db
      .insert(speakers)
      .values({ conferenceId, slug: "ada", name: "Ada Lovelace", organization: "分析机协会" })
      .returning()
      .get();
    const talk = addSession(t.db, forumId, "Analytical Engine", "confirmed", "2030-05-01T01:00Z", "2030-05-01T02:00Z");
    t.db.insert(sessionPeople).values({ sessionId: talk, speakerId: ada.id, role: "speaker" }).run();
    addSession(t.db, forumId, "Difference Engine", "cancelled", "2030-05-01T03:00Z", "2030-05-01T04:00Z");
    addSession(t.db, forumId, "Secret Engine", "draft", "2030-05-01T05:00Z", "2030-05-01T06:00Z");
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
    addSession(t.db, forumId, "Hidden Gem", "draft", "2030-05-01T07:00Z", "2030-05-01T08:00Z");
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
    const { conferenceId: otherId, forumId: otherForum } = addConferenceWithForum(t.db, {
      slug: "other-conf",
      name: "Other",
      timeZone: "UTC",
      startDate: "2030-06-01",
      endDate: "2030-06-01",
    });
    addSession(t.db, otherForum, "Analytical Machine Two", "confirmed", "2030-06-01T01:00Z", "2030-06-01T02:00Z");
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
