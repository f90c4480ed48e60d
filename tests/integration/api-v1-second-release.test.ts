import "../support/app-harness";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertRelease } from "@/db/releases/publish";
import { sessionPeople, sessions, speakers } from "@/db/schema";
import { sessionPageSchema, type ApiSession } from "@/lib/api/schemas";
import { DEMO, get, json, keynote, seededDemoApi } from "../support/api-v1-client";

// The public API v1 once a second release moved the keynote and a draft stayed private: what each
// endpoint answers for the latest release, and for the first by its version.
describe("public API v1", () => {
  const seeded = seededDemoApi();

  describe("after a second release", () => {
    const v2At = new Date("2017-11-25T00:00:00.000Z");
    let draftGuid: string;

    beforeAll(async () => {
      // The keynote moves half an hour later; a draft with its own speaker is added but must stay private.
      const moved = seeded.t.db.select().from(sessions).where(eq(sessions.guid, keynote)).get()!;
      seeded.t.db
        .update(sessions)
        .set({
          startsAt: new Date(moved.startsAt!.getTime() + 30 * 60_000),
          endsAt: new Date(moved.endsAt!.getTime() + 30 * 60_000),
          version: moved.version + 1,
        })
        .where(eq(sessions.id, moved.id))
        .run();
      const draft = seeded.t.db
        .insert(sessions)
        .values({
          forumId: moved.forumId,
          title: "Secret draft",
          status: "draft",
          startsAt: new Date("2017-12-01T07:00:00Z"),
          endsAt: new Date("2017-12-01T08:00:00Z"),
        })
        .returning()
        .get();
      draftGuid = draft.guid;
      const secret = seeded.t.db
        .insert(speakers)
        .values({ conferenceId: seeded.demoId, slug: "secret-speaker", name: "Secret" })
        .returning()
        .get();
      seeded.t.db.insert(sessionPeople).values({ sessionId: draft.id, speakerId: secret.id, role: "speaker" }).run();
      await insertRelease(seeded.t.db, { conferenceId: seeded.demoId, version: "v2", userId: null, at: v2At });
    });

    it("lists only the moved session as changed since the first release", async () => {
      const changed = await json(`${DEMO}/sessions?changedSince=2017-11-20T02:00:00.000Z`);
      expect(
        sessionPageSchema.parse(changed).data.map((s) => [s.guid, s.version, s.changedAt, s.localStartsAt]),
      ).toEqual([[keynote, 2, v2At.toISOString(), "2017-12-01T09:30:00+08:00"]]);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-20T10:00:00%2B08:00`)).page.total).toBe(1);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-20T01:59:59Z`)).page.total).toBe(12);
      expect((await json(`${DEMO}/sessions?changedSince=2017-11-25T00:00:00Z`)).page.total).toBe(0);
    });

    it("reports the new release with its counts, and the conference's latest release", async () => {
      expect((await json(`${DEMO}/releases`)).data).toEqual([
        {
          version: "v2",
          publishedAt: v2At.toISOString(),
          sessionCount: 12,
          changes: { added: 0, changed: 1, removed: 0 },
        },
        {
          version: "v1",
          publishedAt: "2017-11-20T02:00:00.000Z",
          sessionCount: 12,
          changes: { added: 12, changed: 0, removed: 0 },
        },
      ]);
      expect((await json(DEMO)).data.latestRelease).toEqual({ version: "v2", publishedAt: v2At.toISOString() });
    });

    it("never shows a draft session or a speaker only a draft names", async () => {
      const all = await json(`${DEMO}/sessions?limit=200`);
      expect(all.data.map((s: ApiSession) => s.title)).not.toContain("Secret draft");
      expect((await get(`${DEMO}/sessions/${draftGuid}`)).status).toBe(404);
      const everyone = await json(`${DEMO}/speakers?limit=200`);
      expect(everyone.data.map((s: { slug: string }) => s.slug)).not.toContain("secret-speaker");
      expect((await get(`${DEMO}/speakers/secret-speaker`)).status).toBe(404);
      expect(JSON.stringify(everyone)).not.toContain(draftGuid);
    });

    it("gives the changed list a new ETag", async () => {
      const before = seeded.t.db
        .select()
        .from(sessions)
        .where(and(eq(sessions.guid, keynote)))
        .get()!;
      expect(before.version).toBe(2);
      const res = await get(`${DEMO}/sessions?speaker=wang-bin`);
      const old = await get(`${DEMO}/sessions?speaker=wang-bin`, { "If-None-Match": res.headers.get("etag")! });
      expect(old.status).toBe(304);
      seeded.t.db
        .update(sessions)
        .set({ title: "推原创之波（修订）", version: 3 })
        .where(eq(sessions.guid, keynote))
        .run();
      await insertRelease(seeded.t.db, {
        conferenceId: seeded.demoId,
        version: "v3",
        userId: null,
        at: new Date("2017-11-26T00:00:00Z"),
      });
      expect(
        (await get(`${DEMO}/sessions?speaker=wang-bin`, { "If-None-Match": res.headers.get("etag")! })).status,
      ).toBe(200);
    });
  });
});
