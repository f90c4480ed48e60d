import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/db/auth/viewer";
import { createInvitation } from "@/db/mutations/invitations/issue-invitation";
import { updateOwnProfile, type OwnProfileForm } from "@/db/mutations/own-profile";
import { updateOwnUnavailability } from "@/db/mutations/own-unavailability";
import { listAuditLog } from "@/db/queries/audit-log";
import { findMyProfile } from "@/db/queries/my-profile";
import { listMySessions } from "@/db/queries/my-sessions";
import { findPublishedProgramme } from "@/db/queries/published";
import { findRevision } from "@/db/queries/revision";
import { insertRelease } from "@/db/releases/publish";
import {
  auditLog,
  conferences,
  forums,
  releases,
  sessionPeople,
  sessions,
  speakerUnavailability,
  speakers,
  users,
} from "@/db/schema";
import { searchRelease } from "@/db/search/search-release";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionStatus } from "@/lib/domain/vocabulary";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
const DEMO = "china-netav-2017";

/** 王斌's full form, as the /me page posts it; each edit changes only what it names. */
const profileOf = (edit: Partial<OwnProfileForm>): OwnProfileForm => ({
  name: "王斌",
  nameEn: "Wang Bin",
  position: "CEO",
  positionEn: "CEO",
  organization: "咪咕视讯科技有限公司",
  organizationEn: "MIGU Video Technology Co., Ltd.",
  bio: "",
  bioEn: "",
  links: "[]",
  ...edit,
});

/**
 * The same person's profile at another conference (profiles are per conference): a copy
 * with the same guid, slug, words and account, made the first time it is asked for.
 */
function profileIn(t: TestDatabase, conferenceId: number, speakerId: number): number {
  const person = t.db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  if (person.conferenceId === conferenceId) return person.id;
  const { id, createdAt, updatedAt, ...copy } = person;
  void [id, createdAt, updatedAt];
  const found = t.db
    .select()
    .from(speakers)
    .where(and(eq(speakers.conferenceId, conferenceId), eq(speakers.guid, person.guid)))
    .get();
  return (
    found?.id ??
    t.db
      .insert(speakers)
      .values({ ...copy, conferenceId })
      .returning()
      .get().id
  );
}

/** A small published conference with one session (of the given status) for each person given, through their profile there. */
function addConference(
  t: TestDatabase,
  slug: string,
  people: Array<{ speakerId: number; status: SessionStatus }>,
  published = true,
): number {
  const conferenceId =
    t.db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get()?.id ??
    t.db
      .insert(conferences)
      .values({ slug, name: slug, timeZone: "UTC", startDate: "2030-01-01", endDate: "2030-01-02" })
      .returning()
      .get().id;
  t.db.update(conferences).set({ published }).where(eq(conferences.id, conferenceId)).run();
  const forumCount = t.db.select().from(forums).where(eq(forums.conferenceId, conferenceId)).all().length;
  const forumId = t.db
    .insert(forums)
    .values({ conferenceId, slug: `main-${forumCount}`, name: "Main", date: "2030-01-01" })
    .returning()
    .get().id;
  people.forEach(({ speakerId, status }, i) => {
    const startsAt = new Date(Date.UTC(2030, 0, 1, 1 + i));
    const session = t.db
      .insert(sessions)
      .values({
        forumId,
        title: `${slug} talk ${forumCount}.${i}`,
        status,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
      })
      .returning()
      .get();
    t.db
      .insert(sessionPeople)
      .values({ sessionId: session.id, speakerId: profileIn(t, conferenceId, speakerId), role: "speaker" })
      .run();
  });
  return conferenceId;
}

/** A speaker profile at `conferenceId` owned by a new account, with that account's viewer. */
function addOwnedSpeaker(t: TestDatabase, conferenceId: number, slug: string, name: string) {
  const user = t.db
    .insert(users)
    .values({ email: `${slug}@podium.test` })
    .returning()
    .get();
  const speaker = t.db.insert(speakers).values({ conferenceId, slug, name, userId: user.id }).returning().get();
  return { speakerId: speaker.id, viewer: loadViewer(t.db, user.id)! };
}

const rawReleases = (t: TestDatabase) =>
  t.db.$client
    .prepare("select id, conference_id, version, snapshot, speakers_revised_at from releases order by id")
    .all();
const rawSnapshot = (t: TestDatabase, releaseId: number) =>
  t.db.$client.prepare("select snapshot from releases where id = ?").pluck().get(releaseId) as string;
const searchDocuments = (t: TestDatabase) =>
  t.db.$client
    .prepare("select release_id, kind, ref, title, subtitle, body from search_documents order by release_id, kind, ref")
    .all();
const releaseOf = (t: TestDatabase, conferenceId: number, version: string) =>
  t.db
    .select()
    .from(releases)
    .where(and(eq(releases.conferenceId, conferenceId), eq(releases.version, version)))
    .get()!;
/** The person of `speakerId` as a release shows them: by guid, the same at every conference. */
const shownSpeaker = (t: TestDatabase, releaseId: number, speakerId: number) => {
  const { guid } = t.db.select().from(speakers).where(eq(speakers.id, speakerId)).get()!;
  return t.db
    .select()
    .from(releases)
    .where(eq(releases.id, releaseId))
    .get()!
    .snapshot.speakers.find((s) => s.guid === guid);
};
/** The signed-in 王斌 as he is now, with every profile his account keeps. */
const speakerActor = (t: TestDatabase, ws: Workspace) => loadViewer(t.db, ws.viewers.speaker!.userId)!;

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

describe("a speaker's unavailability, audit trail and own pages", () => {
  let t: TestDatabase;
  let ws: Workspace;
  let wangBin: number;
  let draftConf: number;
  // His profile at each conference: the demo's is `wangBin`, the others are copies made for the test.
  const at = (conferenceId: number) =>
    conferenceId === ws.conferenceId ? wangBin : profileIn(t, conferenceId, wangBin);
  const windows = (conferenceId: number) =>
    t.db
      .select({
        startsAt: speakerUnavailability.startsAt,
        endsAt: speakerUnavailability.endsAt,
        note: speakerUnavailability.note,
      })
      .from(speakerUnavailability)
      .where(
        and(
          eq(speakerUnavailability.speakerId, at(conferenceId)),
          eq(speakerUnavailability.conferenceId, conferenceId),
        ),
      )
      .orderBy(speakerUnavailability.startsAt)
      .all();
  const auditCount = () => t.db.select().from(auditLog).all().length;
  const save = (conferenceId: number, rows: unknown[], speakerId = at(conferenceId)) =>
    updateOwnUnavailability({ db: t.db, viewer: speakerActor(t, ws) }, speakerId, conferenceId, {
      unavailability: JSON.stringify(rows),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await createWorkspace(t.db);
    wangBin = t.db.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()!.id;
    draftConf = addConference(t, "draft-conf", [{ speakerId: wangBin, status: "draft" }]);
  });
  afterAll(() => t.dispose());

  it("saves windows given in Shanghai time as UTC instants, replacing the previous ones, in the conference's log", () => {
    expect(save(ws.conferenceId, [{ startsAt: "2017-12-01T08:00", endsAt: "2017-12-01T08:45", note: "航班" }])).toEqual(
      { ok: true, value: null },
    );
    expect(windows(ws.conferenceId)).toEqual([
      { startsAt: new Date("2017-12-01T00:00:00.000Z"), endsAt: new Date("2017-12-01T00:45:00.000Z"), note: "航班" },
    ]);

    const rows = [
      { startsAt: "2017-11-30T13:30", endsAt: "2017-11-30T15:00", note: "" },
      { startsAt: "2017-12-01T18:00", endsAt: "2017-12-01T20:00", note: "晚宴" },
    ];
    expect(save(ws.conferenceId, rows)).toMatchObject({ ok: true });
    expect(windows(ws.conferenceId)).toEqual([
      { startsAt: new Date("2017-11-30T05:30:00.000Z"), endsAt: new Date("2017-11-30T07:00:00.000Z"), note: "" },
      { startsAt: new Date("2017-12-01T10:00:00.000Z"), endsAt: new Date("2017-12-01T12:00:00.000Z"), note: "晚宴" },
    ]);
    const entry = t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
    expect(entry).toMatchObject({
      conferenceId: ws.conferenceId,
      action: "speaker.unavailability-own",
      entityType: "speaker",
      entityId: String(wangBin),
      userId: ws.viewers.speaker!.userId,
    });
    expect(entry.details).toMatchObject({
      title: "王斌",
      changes: {
        unavailability: {
          before: ["2017-12-01T08:00–2017-12-01T08:45 航班"],
          after: ["2017-11-30T13:30–2017-11-30T15:00", "2017-12-01T18:00–2017-12-01T20:00 晚宴"],
        },
      },
    });
  });

  it("refuses rows that end before they start or name no real date, beside each row, writing nothing", () => {
    const [before, entries] = [windows(ws.conferenceId), auditCount()];
    const result = save(ws.conferenceId, [
      { startsAt: "2017-12-01T10:00", endsAt: "2017-12-01T09:00", note: "" },
      { startsAt: "2017-02-30T10:00", endsAt: "2017-12-01T11:00", note: "" },
    ]);
    expect(result).toMatchObject({
      ok: false,
      fields: {
        "unavailability.0.endsAt": { code: "endMustFollowStart" },
        "unavailability.1.startsAt": { code: "invalidDateTime" },
      },
    });
    expect(windows(ws.conferenceId)).toEqual(before);
    expect(auditCount()).toBe(entries);
  });

  it("is only for conferences where he takes part in a session that is not a draft, and only for himself", () => {
    const entries = auditCount();
    const row = [{ startsAt: "2030-01-01T08:00", endsAt: "2030-01-01T09:00", note: "" }];
    expect(save(ws.otherConferenceId, row, wangBin)).toEqual({ ok: false, problem: { code: "notFound" } });
    expect(save(draftConf, row)).toEqual({ ok: false, problem: { code: "notFound" } });
    expect(auditCount()).toBe(entries);
    expect(windows(draftConf)).toEqual([]);
    // The same session confirmed makes it his conference.
    t.db.update(sessions).set({ status: "confirmed" }).where(eq(sessions.title, "draft-conf talk 0.0")).run();
    expect(save(draftConf, [])).toMatchObject({ ok: true });
    t.db.update(sessions).set({ status: "draft" }).where(eq(sessions.title, "draft-conf talk 0.0")).run();
    for (const role of ["organizer", "admin", "noRights", "anonymous"] as const) {
      expect(
        () =>
          updateOwnUnavailability({ db: t.db, viewer: ws.viewers[role] }, wangBin, ws.conferenceId, {
            unavailability: "[]",
          }),
        role,
      ).toThrow(ForbiddenError);
    }
  });

  it("shows his profile edits and his fellow speakers' invitations in the demo's log, and neither in another conference's", () => {
    const liXia = t.db.select().from(speakers).where(eq(speakers.slug, "li-xia")).get()!.id;
    const ada = t.db
      .insert(speakers)
      .values({ conferenceId: ws.otherConferenceId, slug: "ada", name: "Ada Lovelace" })
      .returning()
      .get().id;
    addConference(t, "other-conf", [{ speakerId: ada, status: "confirmed" }]);
    expect(
      updateOwnProfile({ db: t.db, viewer: ws.viewers.speaker }, wangBin, profileOf({ bio: "审计用简介" })),
    ).toMatchObject({
      ok: true,
    });
    const invited = createInvitation({ db: t.db, viewer: ws.viewers.organizer }, ws.conferenceId, liXia, {
      email: "lixia@example.com",
    });
    const adaInvited = createInvitation({ db: t.db, viewer: ws.viewers.otherOrganizer }, ws.otherConferenceId, ada, {
      email: "ada@example.com",
    });
    if (!invited.ok || !adaInvited.ok) throw new Error("expected both invitations to be created");
    const ownEdit = { action: "speaker.update-own", entityType: "speaker", entityId: String(wangBin) };
    const invitation = {
      action: "invitation.create",
      entityType: "invitation",
      entityId: String(invited.value.invitation.id),
    };
    const adaInvitation = {
      action: "invitation.create",
      entityType: "invitation",
      entityId: String(adaInvited.value.invitation.id),
    };
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, "speaker.update-own")).get()!.conferenceId).toBe(
      ws.conferenceId,
    );

    const demoLog = listAuditLog(t.db, ws.viewers.organizer, ws.conferenceId, 1, 1000);
    expect(demoLog.rows).toEqual(
      expect.arrayContaining([expect.objectContaining(ownEdit), expect.objectContaining(invitation)]),
    );
    expect(demoLog.rows).not.toContainEqual(expect.objectContaining(adaInvitation));
    expect(demoLog.total).toBe(demoLog.rows.length);
    expect(listAuditLog(t.db, ws.viewers.organizer, ws.conferenceId, 2, demoLog.total - 1).rows).toHaveLength(1);

    const otherLog = listAuditLog(t.db, ws.viewers.otherOrganizer, ws.otherConferenceId, 1, 1000);
    expect(otherLog.rows).toContainEqual(expect.objectContaining(adaInvitation));
    expect(otherLog.rows).not.toContainEqual(expect.objectContaining(ownEdit));
    expect(otherLog.rows).not.toContainEqual(expect.objectContaining(invitation));
    expect(otherLog.total).toBe(otherLog.rows.length);
    expect(() => listAuditLog(t.db, ws.viewers.organizer, ws.otherConferenceId, 1)).toThrow(ForbiddenError);
  });

  it("gives 王斌 his conferences with his times in Shanghai time, and nothing to an account without a profile", () => {
    const mine = findMyProfile(t.db, ws.viewers.speaker)!;
    expect(mine.speaker.id).toBe(wangBin);
    expect(mine.conferences).toEqual([
      expect.objectContaining({
        id: ws.conferenceId,
        slug: DEMO,
        timeZone: "Asia/Shanghai",
        publicSpeakerPage: true,
        unavailability: [
          { startsAt: "2017-11-30T13:30", endsAt: "2017-11-30T15:00", note: "" },
          { startsAt: "2017-12-01T18:00", endsAt: "2017-12-01T20:00", note: "晚宴" },
        ],
      }),
    ]);
    t.db.update(conferences).set({ published: false }).where(eq(conferences.id, ws.conferenceId)).run();
    expect(findMyProfile(t.db, ws.viewers.speaker)!.conferences[0]!.publicSpeakerPage).toBe(false);
    t.db.update(conferences).set({ published: true }).where(eq(conferences.id, ws.conferenceId)).run();
    expect(findMyProfile(t.db, ws.viewers.noRights)).toBeNull();
    expect(findMyProfile(t.db, null)).toBeNull();
  });

  it("lists his keynote with its room, forum, conference zone and his role, and not his draft", () => {
    const demoName = t.db.select().from(conferences).where(eq(conferences.id, ws.conferenceId)).get()!.name;
    expect(listMySessions(t.db, ws.viewers.speaker)).toEqual([
      {
        id: ws.sessionId("推原创之波，助精品之澜"),
        title: "推原创之波，助精品之澜",
        kind: "keynote",
        status: "confirmed",
        role: "speaker",
        startsAt: new Date("2017-12-01T01:00:00.000Z"),
        endsAt: new Date("2017-12-01T01:30:00.000Z"),
        room: "分论坛一厅",
        forum: "网络剧高峰论坛",
        conference: { slug: DEMO, name: demoName, timeZone: "Asia/Shanghai" },
        coSpeakers: [],
      },
    ]);
    expect(listMySessions(t.db, ws.viewers.noRights)).toEqual([]);
  });
});
