import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deleteSession } from "@/db/mutations/sessions/delete-session";
import { saveSession } from "@/db/mutations/sessions/save-session";
import type { SessionForm } from "@/db/mutations/sessions/session-form";
import { findSessionEditor, listSessions } from "@/db/queries/sessions";
import { auditLog, rooms, sessionPeople, sessions, speakers, tracks } from "@/db/schema";
import { localDateTimeOf } from "@/lib/admin/form-input";
import { ForbiddenError } from "@/lib/auth/permissions";
import { whileAuditFails } from "../support/audit-failure";
import { scratchWorkspace } from "../support/scratch-database";

describe("sessions in the workspace", () => {
  const t = scratchWorkspace();

  const speaker = (slug: string) => t.db.select().from(speakers).where(eq(speakers.slug, slug)).get()!.id;
  const session = (id: number) => t.db.select().from(sessions).where(eq(sessions.id, id)).get()!;
  const people = (id: number) =>
    t.db
      .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role, position: sessionPeople.position })
      .from(sessionPeople)
      .where(eq(sessionPeople.sessionId, id))
      .orderBy(sessionPeople.position)
      .all();
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<SessionForm> = {}): SessionForm => ({
    forumId: String(t.ws.forumId),
    kind: "panel",
    status: "draft",
    title: "网剧出海",
    titleEn: "Web Dramas Abroad",
    abstract: "",
    abstractEn: "",
    language: "zh",
    trackId: "",
    roomId: String(t.ws.roomId("forum-hall-1")),
    startsAt: "2017-12-01T14:00",
    endsAt: "2017-12-01T15:00",
    people: JSON.stringify([
      { speakerId: speaker("li-xia"), role: "moderator" },
      { speakerId: speaker("dai-ying"), role: "panelist" },
      { speakerId: speaker("yu-fei"), role: "panelist" },
    ]),
    ...changes,
  });
  /** A session as its edit form posts it, with changes. */
  const formOf = (id: number, changes: Partial<SessionForm> = {}): SessionForm => {
    const s = session(id);
    const local = (d: Date | null) => (d ? localDateTimeOf(d, "Asia/Shanghai") : "");
    return form({
      forumId: String(s.forumId),
      kind: s.kind,
      status: s.status,
      title: s.title,
      titleEn: s.translations.en?.title ?? "",
      abstract: s.abstract,
      abstractEn: s.translations.en?.abstract ?? "",
      language: s.language,
      trackId: s.trackId ? String(s.trackId) : "",
      roomId: s.roomId ? String(s.roomId) : "",
      startsAt: local(s.startsAt),
      endsAt: local(s.endsAt),
      people: people(id).map(({ speakerId, role }) => ({ speakerId, role })),
      ...changes,
    });
  };

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

  it("says what is wrong with each field, and writes nothing", () => {
    const otherRoom = t.db
      .insert(rooms)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "elsewhere", name: "Elsewhere" })
      .returning()
      .get().id;
    const otherTrack = t.db
      .insert(tracks)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "elsewhere", name: "Elsewhere" })
      .returning()
      .get().id;
    const count = t.db.select().from(sessions).all().length;
    const cases: Array<[Partial<SessionForm>, string, string]> = [
      [{ forumId: "" }, "forumId", "chooseOne"],
      [{ kind: "party" }, "kind", "chooseOne"],
      [{ status: "maybe" }, "status", "chooseOne"],
      [{ title: "  " }, "title", "required"],
      [{ language: "Chinese!" }, "language", "invalidLanguage"],
      [{ roomId: String(otherRoom) }, "roomId", "notInConference"],
      [{ trackId: String(otherTrack) }, "trackId", "notInConference"],
      [{ startsAt: "1 Dec 9am" }, "startsAt", "invalidDateTime"],
      [{ endsAt: "" }, "endsAt", "startAndEndTogether"],
      [{ endsAt: "2017-12-01T13:00" }, "endsAt", "endBeforeStart"],
      // A 2019 session in the 2017 conference was saved without a word.
      [{ startsAt: "2019-12-01T14:00", endsAt: "2019-12-01T15:00" }, "startsAt", "outsideConferenceDays"],
      [{ startsAt: "2017-11-28T23:00", endsAt: "2017-11-29T09:00" }, "startsAt", "outsideConferenceDays"],
      [{ endsAt: "2017-12-02T09:00" }, "endsAt", "outsideConferenceDays"],
      [{ title: "长".repeat(301) }, "title", "tooLong"],
      [{ abstract: "长".repeat(20_001) }, "abstract", "tooLong"],
      [
        {
          people: JSON.stringify([
            { speakerId: speaker("li-xia"), role: "panelist" },
            { speakerId: speaker("li-xia"), role: "panelist" },
          ]),
        },
        "people.1.speakerId",
        "duplicateRole",
      ],
      [{ people: JSON.stringify([{ speakerId: 999_999, role: "panelist" }]) }, "people.0.speakerId", "notInConference"],
      [{ people: JSON.stringify([{ speakerId: speaker("li-xia"), role: "keynoter" }]) }, "people.0.role", "chooseOne"],
      [{ people: "[{" }, "people", "unreadableRows"],
    ];
    for (const [changes, field, code] of cases) {
      const result = saveSession({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, null, form(changes));
      expect(result, field).toMatchObject({
        ok: false,
        problem: { code: "checkFields" },
        fields: { [field]: { code } },
      });
    }
    expect(t.db.select().from(sessions).all()).toHaveLength(count);
    // An instant (an opening bell) starts and ends at once.
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        null,
        form({ startsAt: "2017-12-01T14:00", endsAt: "2017-12-01T14:00" }),
      ).ok,
    ).toBe(true);
    // A session may run until the midnight that ends the last day.
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        null,
        form({ startsAt: "2017-12-01T22:00", endsAt: "2017-12-02T00:00" }),
      ).ok,
    ).toBe(true);
    // The same person in two roles is fine.
    expect(
      saveSession(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        null,
        form({
          people: [
            { speakerId: speaker("li-xia"), role: "host" },
            { speakerId: speaker("li-xia"), role: "moderator" },
          ],
        }),
      ).ok,
    ).toBe(true);
  });

  it("writes a session, its people and its audit entry in one transaction: without the entry, nothing is written", () => {
    const count = t.db.select().from(sessions).all().length;
    const links = t.db.select().from(sessionPeople).all().length;
    expect(() =>
      whileAuditFails(t.db, () =>
        saveSession({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, null, form()),
      ),
    ).toThrow(/audit refused/);
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
