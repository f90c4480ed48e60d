import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deleteSession } from "@/db/mutations/sessions/delete-session";
import { saveSession } from "@/db/mutations/sessions/save-session";
import { findSessionEditor, listSessions } from "@/db/queries/sessions";
import { sessionPeople, sessions } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { scratchWorkspace } from "../support/scratch-database";
import { sessionFormsOf } from "../support/session-forms";

describe("sessions in the workspace", () => {
  const t = scratchWorkspace();
  const { speaker, session, people, lastAudit, form, formOf, createAsOrganizer } = sessionFormsOf(t);

  it("lets a 咪咕 member create a session of their forum, with people in order and local times stored as instants", () => {
    const result = saveSession({ db: t.db, viewer: t.ws.viewers.forumEditor }, t.ws.conferenceId, null, form());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(session(result.value.id)).toMatchObject({
      version: 1,
      status: "draft",
      startsAt: new Date("2017-12-01T06:00:00Z"),
      endsAt: new Date("2017-12-01T07:00:00Z"),
      translations: { en: { title: "Web Dramas Abroad" } },
    });
    expect(people(result.value.id)).toEqual([
      { speakerId: speaker("li-xia"), role: "moderator", position: 0 },
      { speakerId: speaker("dai-ying"), role: "panelist", position: 1 },
      { speakerId: speaker("yu-fei"), role: "panelist", position: 2 },
    ]);
    expect(lastAudit("session.create").details).toMatchObject({
      version: 1,
      changes: {
        title: { before: null, after: "网剧出海" },
        people: { after: ["李霞 (moderator)", "戴莹 (panelist)", "余飞 (panelist)"] },
      },
    });
  });

  it("writes a session, its people and its audit entry in one transaction: without the entry, nothing is written", () => {
    const count = t.db.select().from(sessions).all().length;
    const links = t.db.select().from(sessionPeople).all().length;
    expectAuditRefusal(t.db, () => createAsOrganizer());
    expect(t.db.select().from(sessions).all()).toHaveLength(count);
    expect(t.db.select().from(sessionPeople).all()).toHaveLength(links);
  });

  it("refuses the second of two edits from the same version, saying who changed which fields, and keeps the first", () => {
    const id = t.ws.sessionId("IP的跨平台运营");
    const read = session(id);
    const first = saveSession(
      { db: t.db, viewer: t.ws.viewers.organizer },
      t.ws.conferenceId,
      { sessionId: id, version: read.version },
      formOf(id, { title: "IP的跨平台运营（新）", people: [{ speakerId: speaker("li-xia"), role: "moderator" }] }),
    );
    expect(first.ok).toBe(true);
    const second = saveSession(
      { db: t.db, viewer: t.ws.viewers.forumEditor },
      t.ws.conferenceId,
      { sessionId: id, version: read.version },
      formOf(id, { title: read.title, abstract: "主持人的新摘要" }),
    );
    expect(second).toMatchObject({
      ok: false,
      problem: { code: "stale" },
      stale: { currentVersion: read.version + 1 },
    });
    const changesSince = second.ok ? [] : second.stale!.changesSince;
    expect(changesSince).toHaveLength(1);
    expect(changesSince[0]).toMatchObject({
      by: "organizer-t",
      version: read.version + 1,
      changes: {
        title: { before: "IP的跨平台运营", after: "IP的跨平台运营（新）" },
        people: { after: ["李霞 (moderator)"] },
      },
    });
    expect(Object.keys(changesSince[0]!.changes).sort()).toEqual(["people", "title"]);
    expect(session(id)).toMatchObject({
      title: "IP的跨平台运营（新）",
      abstract: read.abstract,
      version: read.version + 1,
    });
    expect(people(id)).toHaveLength(1);
    // Having seen the changes, the forum editor saves again on the new version.
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        { sessionId: id, version: read.version + 1 },
        formOf(id, { abstract: "主持人的新摘要" }),
      ).ok,
    ).toBe(true);
    expect(session(id)).toMatchObject({
      title: "IP的跨平台运营（新）",
      abstract: "主持人的新摘要",
      version: read.version + 2,
    });
  });

  it("raises the version on every write, a change of people alone included, auditing only what changed", () => {
    const id = t.ws.sessionId("网络影视的精品化和规模化");
    const read = session(id);
    const reordered = [...people(id)].reverse().map(({ speakerId, role }) => ({ speakerId, role }));
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        { sessionId: id, version: read.version },
        formOf(id, { people: reordered }),
      ).ok,
    ).toBe(true);
    expect(session(id).version).toBe(read.version + 1);
    expect(people(id).map((p) => p.speakerId)).toEqual(reordered.map((p) => p.speakerId));
    expect(Object.keys((lastAudit("session.update").details as { changes: object }).changes)).toEqual(["people"]);
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        { sessionId: id, version: read.version + 1 },
        formOf(id, { startsAt: "2017-12-01T11:00", endsAt: "2017-12-01T12:00" }),
      ).ok,
    ).toBe(true);
    expect(session(id).version).toBe(read.version + 2);
    expect(Object.keys((lastAudit("session.update").details as { changes: object }).changes).sort()).toEqual([
      "endsAt",
      "startsAt",
    ]);
  });

  it("keeps forum editors to the forums they edit", () => {
    const gala = t.db.select().from(sessions).where(eq(sessions.forumId, t.ws.otherForumId)).get()!;
    expect(() =>
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        { sessionId: gala.id, version: gala.version },
        formOf(gala.id, { title: "改名" }),
      ),
    ).toThrow(ForbiddenError);
    expect(() =>
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        null,
        form({ forumId: String(t.ws.otherForumId) }),
      ),
    ).toThrow(ForbiddenError);
    const own = t.ws.sessionId("新时代网剧的当下与未来");
    expect(() =>
      saveSession(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        { sessionId: own, version: session(own).version },
        formOf(own, { forumId: String(t.ws.otherForumId) }),
      ),
    ).toThrow(ForbiddenError);
    expect(() =>
      deleteSession({ db: t.db, viewer: t.ws.viewers.forumEditor }, t.ws.conferenceId, {
        sessionId: gala.id,
        version: gala.version,
      }),
    ).toThrow(ForbiddenError);
    expect(session(gala.id)).toEqual(gala);
    const list = listSessions(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId);
    expect(list.filter((s) => s.editable).every((s) => s.forumId === t.ws.forumId)).toBe(true);
    expect(list.find((s) => s.id === gala.id)).toMatchObject({ editable: false, forumName: "网络视听盛典" });
  });

  it("deletes a session with its people unless someone changed it meanwhile, and knows whether it is published", () => {
    const id = t.ws.sessionId("当大数据时代遇见网剧精品时代");
    expect(findSessionEditor(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, id)).toMatchObject({
      published: true,
      editable: true,
    });
    const read = session(id);
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        { sessionId: id, version: read.version },
        formOf(id, { status: "confirmed", kind: "keynote" }),
      ).ok,
    ).toBe(true);
    const refused = deleteSession({ db: t.db, viewer: t.ws.viewers.forumEditor }, t.ws.conferenceId, {
      sessionId: id,
      version: read.version,
    });
    expect(refused).toMatchObject({
      ok: false,
      problem: { code: "stale" },
      stale: { changesSince: [{ by: "organizer-t", changes: { kind: { before: "talk", after: "keynote" } } }] },
    });
    expect(
      deleteSession({ db: t.db, viewer: t.ws.viewers.forumEditor }, t.ws.conferenceId, {
        sessionId: id,
        version: read.version + 1,
      }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(t.db.select().from(sessions).where(eq(sessions.id, id)).get()).toBeUndefined();
    expect(people(id)).toEqual([]);
    expect(lastAudit("session.delete").details).toMatchObject({
      changes: {
        title: { before: "当大数据时代遇见网剧精品时代", after: null },
        people: { before: ["王蓓蓓 (speaker)"], after: null },
      },
    });
    expect(findSessionEditor(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, id)).toBeNull();
  });
});
