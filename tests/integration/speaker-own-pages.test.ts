import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "@/db/mutations/invitations/issue-invitation";
import { updateOwnProfile } from "@/db/mutations/own-profile";
import { updateOwnUnavailability } from "@/db/mutations/own-unavailability";
import { listAuditLog } from "@/db/queries/audit-log";
import { findMyProfile } from "@/db/queries/my-profile";
import { listMySessions } from "@/db/queries/my-sessions";
import { auditLog, conferences, sessions, speakerUnavailability, speakers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";
import {
  addConference,
  DEMO,
  profileIn,
  profileOf,
  speakerActor,
  type TestDatabase,
} from "../support/speaker-release-fixture";
// 王斌's unavailability at each conference, the audit trail of his own edits, and his own pages (/me) across conferences and releases.

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
