import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { scheduleSession } from "@/db/mutations/sessions/schedule-session";
import { auditLog, rooms, sessions } from "@/db/schema";
import { expectAuditRefusal } from "../support/audit-failure";
import { scratchWorkspace } from "../support/scratch-database";

describe("scheduleSession", () => {
  const t = scratchWorkspace();

  const current = (id: number) => t.db.select().from(sessions).where(eq(sessions.id, id)).get()!;

  it("moves a session, raises its version and audits before and after", () => {
    const id = t.ws.sessionId("IP的跨平台运营");
    const before = current(id);
    const result = scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
      version: before.version,
      roomId: t.ws.roomId("forum-hall-2"),
      startsAt: new Date("2017-12-01T01:00:00Z"),
      endsAt: new Date("2017-12-01T01:40:00Z"),
    });
    expect(result.ok).toBe(true);
    const after = current(id);
    expect(after.version).toBe(before.version + 1);
    expect(after.roomId).toBe(t.ws.roomId("forum-hall-2"));
    const entry = t.db.select().from(auditLog).where(eq(auditLog.action, "session.schedule")).all().at(-1)!;
    expect(entry.entityId).toBe(String(id));
    expect(entry.details).toMatchObject({
      version: after.version,
      changes: {
        roomId: { before: before.roomId, after: t.ws.roomId("forum-hall-2") },
        startsAt: { before: before.startsAt!.toISOString(), after: "2017-12-01T01:00:00.000Z" },
      },
    });
  });

  it("refuses a write based on a stale version and says what changed meanwhile", () => {
    const id = t.ws.sessionId("网络影视的精品化和规模化");
    const read = current(id);
    // A colleague moves it first…
    expect(
      scheduleSession({ db: t.db, viewer: t.ws.viewers.forumEditor }, id, {
        version: read.version,
        roomId: read.roomId,
        startsAt: new Date("2017-12-01T04:00:00Z"),
        endsAt: new Date("2017-12-01T04:40:00Z"),
      }).ok,
    ).toBe(true);
    // …then this editor, still holding the old version, tries.
    const stale = scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
      version: read.version,
      roomId: read.roomId,
      startsAt: new Date("2017-12-01T05:00:00Z"),
      endsAt: new Date("2017-12-01T05:40:00Z"),
    });
    expect(stale).toMatchObject({ ok: false, problem: { code: "stale" }, stale: { currentVersion: read.version + 1 } });
    const changesSince = stale.ok ? [] : stale.stale!.changesSince;
    expect(changesSince).toHaveLength(1);
    expect(changesSince[0]).toMatchObject({
      by: "migu-t",
      changes: { startsAt: { after: "2017-12-01T04:00:00.000Z" } },
    });
    expect(current(id).startsAt).toEqual(new Date("2017-12-01T04:00:00Z"));
  });

  it("puts a session back in the tray", () => {
    const id = t.ws.sessionId("俱青春——做青春的剧，网年轻的人");
    const result = scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
      version: current(id).version,
      roomId: null,
      startsAt: null,
      endsAt: null,
    });
    expect(result.ok).toBe(true);
    expect(current(id)).toMatchObject({ roomId: null, startsAt: null, endsAt: null });
  });

  it("refuses bad times and rooms of another conference, changing nothing", () => {
    const id = t.ws.sessionId("当大数据时代遇见网剧精品时代");
    const read = current(id);
    const backwards = scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
      version: read.version,
      roomId: read.roomId,
      startsAt: new Date("2017-12-01T03:00:00Z"),
      endsAt: new Date("2017-12-01T02:00:00Z"),
    });
    expect(backwards).toMatchObject({ ok: false, fields: { endsAt: { code: "endBeforeStart" } } });
    const halfTime = scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
      version: read.version,
      roomId: read.roomId,
      startsAt: new Date("2017-12-01T03:00:00Z"),
      endsAt: null,
    });
    expect(halfTime).toMatchObject({ ok: false, fields: { startsAt: { code: "startAndEndTogether" } } });
    expect(
      scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, 999_999, {
        version: 1,
        roomId: null,
        startsAt: null,
        endsAt: null,
      }),
    ).toEqual({ ok: false, problem: { code: "notFound" } });
    const elsewhere = t.db
      .insert(rooms)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "elsewhere", name: "Elsewhere" })
      .returning()
      .get().id;
    expect(
      scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
        version: read.version,
        roomId: elsewhere,
        startsAt: read.startsAt,
        endsAt: read.endsAt,
      }),
    ).toMatchObject({ ok: false, fields: { roomId: { code: "notInConference", values: { kind: "room" } } } });
    expect(current(id)).toEqual(read);
  });

  it("moves a session and audits it in one transaction: without the entry, the session stays where it was", () => {
    const id = t.ws.sessionId("IP的跨平台运营");
    const read = current(id);
    expectAuditRefusal(t.db, () =>
      scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
        version: read.version,
        roomId: null,
        startsAt: null,
        endsAt: null,
      }),
    );
    expect(current(id)).toEqual(read);
  });

  it("places an instant (start and end equal) like any session", () => {
    const id = t.ws.sessionId("当大数据时代遇见网剧精品时代");
    const read = current(id);
    const bell = new Date("2017-12-01T03:00:00Z");
    expect(
      scheduleSession({ db: t.db, viewer: t.ws.viewers.organizer }, id, {
        version: read.version,
        roomId: read.roomId,
        startsAt: bell,
        endsAt: bell,
      }).ok,
    ).toBe(true);
    expect(current(id)).toMatchObject({ startsAt: bell, endsAt: bell });
  });
});
