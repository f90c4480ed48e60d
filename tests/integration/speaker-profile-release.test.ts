import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOwnProfile } from "@/db/mutations/own-profile";
import { findPublishedProgramme } from "@/db/queries/published";
import { findRevision } from "@/db/queries/revision";
import { insertRelease } from "@/db/releases/publish";
import { sessionPeople, sessions, speakers } from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";
import {
  addConference,
  addOwnedSpeaker,
  DEMO,
  profileIn,
  profileOf,
  rawReleases,
  rawSnapshot,
  releaseOf,
  searchDocuments,
  shownSpeaker,
  speakerActor,
  type TestDatabase,
} from "../support/speaker-release-fixture";

describe("a speaker's own edits in the latest release", () => {
  let t: TestDatabase;
  let ws: Workspace;
  let wangBin: number;
  const finds = async (q: string, conference = DEMO) =>
    (await searchRelease(t.db, conference, q)).speakers.map((s) => s.slug);

  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await createWorkspace(t.db);
    wangBin = t.db.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()!.id;
    // other-conf is public with a release of its own, in which 王斌 does not appear.
    const ada = t.db
      .insert(speakers)
      .values({ conferenceId: ws.otherConferenceId, slug: "ada", name: "Ada Lovelace" })
      .returning()
      .get();
    addConference(t, "other-conf", [{ speakerId: ada.id, status: "confirmed" }]);
    await insertRelease(t.db, {
      conferenceId: ws.otherConferenceId,
      version: "v1",
      userId: null,
      at: new Date("2029-12-01T00:00:00Z"),
    });
  });
  afterAll(() => t.dispose());

  it("shows 王斌's new bio, position, English bio and links on the demo's public programme and in its search at once", async () => {
    const before = (await findPublishedProgramme(t.db, DEMO))!;
    expect(before).toMatchObject({ version: "v1", speakersRevisedAt: null });
    const revisionBefore = findRevision(t.db, DEMO);
    const otherBefore = rawReleases(t).filter(
      (r) => (r as { conference_id: number }).conference_id === ws.otherConferenceId,
    );
    expect(await finds("虚拟制片")).toEqual([]);

    // A photo he uploaded earlier travels with his words (uploads refresh the release themselves too).
    t.db.update(speakers).set({ photo: "/uploads/speakers/wang-bin.webp" }).where(eq(speakers.id, wangBin)).run();
    const now = new Date("2024-05-01T10:00:00Z");
    const links = [{ kind: "website", url: "https://www.migu.cn/wangbin" }];
    const result = updateOwnProfile(
      { db: t.db, viewer: ws.viewers.speaker, now },
      wangBin,
      profileOf({
        position: "首席执行官",
        bio: "深耕虚拟制片与沉浸影像",
        bioEn: "Pioneer of volumetric storytelling",
        links: JSON.stringify(links),
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.conferences).toEqual([DEMO]);

    const after = (await findPublishedProgramme(t.db, DEMO))!;
    expect(after.version).toBe("v1");
    expect(after.speakersRevisedAt).toEqual(now);
    expect(findRevision(t.db, DEMO)).not.toBe(revisionBefore);
    expect(shownSpeaker(t, releaseOf(t, ws.conferenceId, "v1").id, wangBin)).toMatchObject({
      slug: "wang-bin",
      name: "王斌",
      position: "首席执行官",
      bio: "深耕虚拟制片与沉浸影像",
      photo: "/uploads/speakers/wang-bin.webp",
      links,
      translations: { en: { name: "Wang Bin", bio: "Pioneer of volumetric storytelling" } },
    });

    expect(await finds("虚拟制片")).toEqual(["wang-bin"]); // trigram index
    expect(await finds("沉浸")).toEqual(["wang-bin"]); // two characters: LIKE
    expect(await finds("Volumetric")).toEqual(["wang-bin"]);
    expect(await finds("首席执行官")).toEqual(["wang-bin"]);
    expect(
      rawReleases(t).filter((r) => (r as { conference_id: number }).conference_id === ws.otherConferenceId),
    ).toEqual(otherBefore);
  });

  it("changes only the latest of two releases, never the slug or organization link, and forgets the old words in search", async () => {
    const v2 = await insertRelease(t.db, {
      conferenceId: ws.conferenceId,
      version: "v2",
      userId: null,
      at: new Date("2024-06-01T00:00:00Z"),
    });
    const v1 = releaseOf(t, ws.conferenceId, "v1");
    const v1Bytes = rawSnapshot(t, v1.id);
    const released = shownSpeaker(t, v2.id, wangBin)!;
    expect(released.organizationId).not.toBeNull();
    // An organizer's unreleased edits to the working copy: they wait for the next release.
    t.db
      .update(speakers)
      .set({ slug: "wang-bin-unreleased", organizationId: null })
      .where(eq(speakers.id, wangBin))
      .run();

    const now = new Date("2024-07-01T08:30:00Z");
    const result = updateOwnProfile(
      { db: t.db, viewer: ws.viewers.speaker, now },
      wangBin,
      profileOf({ bio: "推动云游戏与超高清", bioEn: "Cloud gaming advocate" }),
    );
    expect(result).toMatchObject({ ok: true, value: { conferences: [DEMO] } });

    expect(rawSnapshot(t, v1.id)).toBe(v1Bytes);
    expect(releaseOf(t, ws.conferenceId, "v1").speakersRevisedAt).toEqual(v1.speakersRevisedAt);
    expect(shownSpeaker(t, v2.id, wangBin)).toMatchObject({
      slug: "wang-bin",
      organizationId: released.organizationId,
      bio: "推动云游戏与超高清",
      translations: { en: { bio: "Cloud gaming advocate" } },
    });
    const programme = (await findPublishedProgramme(t.db, DEMO))!;
    expect(programme).toMatchObject({ version: "v2", speakersRevisedAt: now });
    expect(findRevision(t.db, DEMO)).toContain(`:v2:${now.getTime()}:`);

    expect(await finds("云游戏")).toEqual(["wang-bin"]);
    expect(await finds("超高清")).toEqual(["wang-bin"]);
    for (const old of ["虚拟制片", "沉浸", "volumetric"]) expect(await finds(old), old).toEqual([]);
    t.db
      .update(speakers)
      .set({ slug: "wang-bin", organizationId: released.organizationId })
      .where(eq(speakers.id, wangBin))
      .run();
  });

  it("leaves conferences whose latest release does not show him alone, and refreshes an unpublished conference's release too", async () => {
    // past-conf showed him in v1 only; closed-conf shows him but is not public.
    const pastConf = addConference(t, "past-conf", [{ speakerId: wangBin, status: "confirmed" }]);
    await insertRelease(t.db, {
      conferenceId: pastConf,
      version: "v1",
      userId: null,
      at: new Date("2029-01-01T00:00:00Z"),
    });
    t.db
      .delete(sessionPeople)
      .where(
        and(
          eq(sessionPeople.speakerId, profileIn(t, pastConf, wangBin)),
          eq(
            sessionPeople.sessionId,
            t.db.select().from(sessions).where(eq(sessions.title, "past-conf talk 0.0")).get()!.id,
          ),
        ),
      )
      .run();
    await insertRelease(t.db, {
      conferenceId: pastConf,
      version: "v2",
      userId: null,
      at: new Date("2029-02-01T00:00:00Z"),
    });
    const closedConf = addConference(t, "closed-conf", [{ speakerId: wangBin, status: "confirmed" }], false);
    await insertRelease(t.db, {
      conferenceId: closedConf,
      version: "v1",
      userId: null,
      at: new Date("2029-03-01T00:00:00Z"),
    });
    const untouched = () =>
      rawReleases(t).filter((r) =>
        [pastConf, ws.otherConferenceId].includes((r as { conference_id: number }).conference_id),
      );
    const before = untouched();

    const now = new Date("2024-08-01T00:00:00Z");
    const result = updateOwnProfile(
      { db: t.db, viewer: speakerActor(t, ws), now },
      wangBin,
      profileOf({ bio: "全息舞台实验" }),
    );
    if (!result.ok) throw new Error(`expected a saved profile, got ${result.problem.code}`);

    expect([...result.value.conferences].sort()).toEqual(["china-netav-2017", "closed-conf"]);
    expect(untouched()).toEqual(before);
    expect(shownSpeaker(t, releaseOf(t, pastConf, "v1").id, wangBin)?.bio).toBe("推动云游戏与超高清");
    // Every profile of his account is saved; each conference's latest release that shows him follows, public or not.
    expect(
      t.db
        .select({ bio: speakers.bio })
        .from(speakers)
        .where(eq(speakers.guid, t.db.select().from(speakers).where(eq(speakers.id, wangBin)).get()!.guid))
        .all(),
    ).toEqual([{ bio: "全息舞台实验" }, { bio: "全息舞台实验" }, { bio: "全息舞台实验" }]);
    const closed = releaseOf(t, closedConf, "v1");
    expect(closed.speakersRevisedAt).toEqual(now);
    expect(shownSpeaker(t, closed.id, wangBin)?.bio).toBe("全息舞台实验");
    expect(await findPublishedProgramme(t.db, "closed-conf")).toBeNull();
    expect((await searchRelease(t.db, "closed-conf", "全息")).status).toBe("no-release");
    expect(await finds("全息")).toEqual(["wang-bin"]);
    expect(await finds("全息", "other-conf")).toEqual([]);
  });

  it("writes nothing to any release for a speaker no release shows", () => {
    const ada = addOwnedSpeaker(t, ws.otherConferenceId, "ada-owned", "Ada Byron");
    addConference(t, "other-conf", [{ speakerId: ada.speakerId, status: "confirmed" }]); // after other-conf's release
    const [releasesBefore, documentsBefore] = [rawReleases(t), searchDocuments(t)];
    const result = updateOwnProfile(
      { db: t.db, viewer: ada.viewer, now: new Date("2024-09-01T00:00:00Z") },
      ada.speakerId,
      { name: "Ada Byron", bio: "Poetical science", links: "[]" },
    );
    expect(result).toMatchObject({ ok: true, value: { conferences: [] } });
    expect(t.db.select().from(speakers).where(eq(speakers.id, ada.speakerId)).get()!.bio).toBe("Poetical science");
    expect(rawReleases(t)).toEqual(releasesBefore);
    expect(searchDocuments(t)).toEqual(documentsBefore);
  });
});
