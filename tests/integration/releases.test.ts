import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishRelease } from "@/db/mutations/publish-release";
import { findPublishedConferences, findPublishedProgramme } from "@/db/queries/published";
import { insertRelease } from "@/db/releases/publish";
import { auditLog, conferences, releases, sessions, speakers, sessionPeople, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { createTestDatabase } from "../support/test-database";
import { addLiveConference, addSession } from "../support/live-conference";

describe("releases and what the public sees", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let conferenceId: number;
  let forumId: number;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    t = await createTestDatabase();
    ({ conferenceId, forumId } = addLiveConference(t.db));
    const speaker = t.db.insert(speakers).values({ conferenceId, slug: "ada", name: "Ada" }).returning().get();
    const talk = addSession(t.db, forumId, "Confirmed talk", "confirmed", "2030-05-01T01:00Z", "2030-05-01T02:00Z");
    t.db.insert(sessionPeople).values({ sessionId: talk, speakerId: speaker.id, role: "speaker" }).run();
    addSession(t.db, forumId, "Secret draft", "draft", "2030-05-01T03:00Z", "2030-05-01T04:00Z");
    addSession(t.db, forumId, "Cancelled talk", "cancelled", "2030-05-01T05:00Z", "2030-05-01T06:00Z");
    addSession(t.db, forumId, "Not yet scheduled", "confirmed");
  });
  afterAll(() => t.dispose());

  it("shows nothing of a conference before its first release", async () => {
    expect(await findPublishedConferences(t.db, "2030-01-01")).toEqual([]);
    expect(await findPublishedProgramme(t.db, "live-conf")).toBeNull();
  });

  it("freezes confirmed and cancelled sessions, never drafts, and records who published", async () => {
    await insertRelease(t.db, { conferenceId, version: "v1", userId: null, at: at("2030-04-01T00:00:00Z") });
    const programme = await findPublishedProgramme(t.db, "live-conf");
    expect(programme?.version).toBe("v1");
    expect(programme?.snapshot.sessions.map((s) => [s.title, s.status])).toEqual([
      ["Confirmed talk", "confirmed"],
      ["Cancelled talk", "cancelled"],
    ]);
    expect(programme?.snapshot.speakers.map((s) => s.name)).toEqual(["Ada"]);
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, "release.publish")).all()).toHaveLength(1);
  });

  it("keeps showing the release, not the working copy, until the next release", async () => {
    t.db.update(sessions).set({ title: "Renamed in the workspace" }).where(eq(sessions.title, "Confirmed talk")).run();
    expect((await findPublishedProgramme(t.db, "live-conf"))?.snapshot.sessions[0]?.title).toBe("Confirmed talk");
    const v2 = await insertRelease(t.db, { conferenceId, version: "v2", userId: null, at: at("2030-04-02T00:00:00Z") });
    expect(v2.changelog.changed).toEqual([{ guid: expect.any(String), fields: ["title"] }]);
    expect((await findPublishedProgramme(t.db, "live-conf"))?.version).toBe("v2");
  });

  it("refuses a second release with the same version name", async () => {
    await expect(insertRelease(t.db, { conferenceId, version: "v2", userId: null })).rejects.toThrow(/UNIQUE/);
  });

  it("hides an unpublished conference even when it has releases", async () => {
    t.db.update(conferences).set({ published: false }).where(eq(conferences.id, conferenceId)).run();
    expect(await findPublishedConferences(t.db, "2030-01-01")).toEqual([]);
    expect(await findPublishedProgramme(t.db, "live-conf")).toBeNull();
    t.db.update(conferences).set({ published: true }).where(eq(conferences.id, conferenceId)).run();
  });

  it("lists conferences not yet over first, then past ones, latest first", async () => {
    const add = async (slug: string, startDate: string, endDate: string) => {
      const id = t.db
        .insert(conferences)
        .values({ slug, name: slug, timeZone: "UTC", startDate, endDate, published: true })
        .returning()
        .get().id;
      await insertRelease(t.db, { conferenceId: id, version: "v1", userId: null });
    };
    await add("past-2019", "2019-03-01", "2019-03-02");
    await add("past-2021", "2021-03-01", "2021-03-02");
    await add("running-now", "2030-04-30", "2030-05-03");
    const slugs = (await findPublishedConferences(t.db, "2030-05-01")).map((c) => c.slug);
    expect(slugs).toEqual(["running-now", "live-conf", "past-2021", "past-2019"]);
  });

  describe("publishing as an organizer", () => {
    let viewer: Viewer;
    beforeAll(() => {
      const userId = t.db.insert(users).values({ email: "publisher@podium.test" }).returning().get().id;
      viewer = {
        userId,
        email: "publisher@podium.test",
        name: "Publisher",
        isPlatformAdmin: true,
        organizerOf: new Set(),
        memberOf: new Set(),
        speakerIds: new Set(),
      };
    });
    const count = () => t.db.select().from(releases).where(eq(releases.conferenceId, conferenceId)).all().length;
    const audited = () => t.db.select().from(auditLog).all().length;

    it("refuses a name the conference already has, or none, beside the name, and writes nothing", () => {
      const [before, entries] = [count(), audited()];
      const ctx = { db: t.db, viewer };
      expect(publishRelease(ctx, conferenceId, { version: " v2 " })).toEqual({
        ok: false,
        problem: { code: "checkFields" },
        fields: { version: { code: "releaseNameTaken", values: { version: "v2" } } },
      });
      expect(publishRelease(ctx, conferenceId, { version: "  " })).toMatchObject({
        fields: { version: { code: "required" } },
      });
      expect(publishRelease(ctx, 999_999, { version: "v9" })).toEqual({ ok: false, problem: { code: "notFound" } });
      expect([count(), audited()]).toEqual([before, entries]);
    });

    it("publishes and audits at the write's moment, as the viewer, in one transaction", () => {
      const now = new Date("2030-04-03T00:00:00Z");
      expectAuditRefusal(t.db, () => publishRelease({ db: t.db, viewer, now }, conferenceId, { version: "v3" }));
      expect(count()).toBe(2);
      const published = publishRelease({ db: t.db, viewer, now }, conferenceId, { version: "v3" });
      expect(published).toMatchObject({ ok: true, value: { version: "v3", publishedAt: now } });
      const entry = t.db.select().from(auditLog).where(eq(auditLog.action, "release.publish")).all().at(-1)!;
      expect(entry).toMatchObject({ userId: viewer.userId, conferenceId, at: now, entityType: "release" });
      expect(entry.details).toMatchObject({ version: "v3" });
    });
  });
});
