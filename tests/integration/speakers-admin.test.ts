import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteSpeaker } from "@/db/mutations/speakers/delete-speaker";
import { saveSpeaker } from "@/db/mutations/speakers/save-speaker";
import type { SpeakerForm } from "@/db/mutations/speakers/speaker-form";
import { findSpeakerEditor, listSpeakers, searchSpeakers } from "@/db/queries/speakers";
import { loadScheduleEditor } from "@/db/queries/schedule-editor";
import { auditLog, organizations, sessionPeople, sessions, speakerUnavailability, speakers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { whileAuditFails } from "../support/audit-failure";
import { scratchWorkspace } from "../support/scratch-database";

describe("speakers in the workspace", () => {
  const t = scratchWorkspace();
  /** A speaker who appears only in the gala, a forum 咪咕 is no organization of. */
  let galaSpeakerId: number;
  beforeAll(() => {
    galaSpeakerId = t.db
      .insert(speakers)
      .values({ conferenceId: t.ws.conferenceId, slug: "gala-presenter", name: "盛典主持人" })
      .returning()
      .get().id;
    const galaSession = t.db.select().from(sessions).where(eq(sessions.forumId, t.ws.otherForumId)).get()!.id;
    t.db.insert(sessionPeople).values({ sessionId: galaSession, speakerId: galaSpeakerId, role: "host" }).run();
  });

  const speakerId = (slug: string) =>
    t.db
      .select()
      .from(speakers)
      .where(and(eq(speakers.conferenceId, t.ws.conferenceId), eq(speakers.slug, slug)))
      .get()!.id;
  const speaker = (id: number) => t.db.select().from(speakers).where(eq(speakers.id, id)).get()!;
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<SpeakerForm> = {}): SpeakerForm => ({
    name: "张三",
    nameEn: "Zhang San",
    slug: "zhang-san",
    position: "总经理",
    positionEn: "General Manager",
    organization: "咪咕视讯",
    organizationEn: "MIGU Video",
    organizationId: String(t.db.select().from(organizations).where(eq(organizations.slug, "migu-video")).get()!.id),
    bio: "**资深**制片人。",
    bioEn: "",
    photo: "https://example.org/zhang.jpg",
    links: JSON.stringify([{ kind: "website", url: "https://example.org" }]),
    unavailability: JSON.stringify([{ startsAt: "2017-12-01T09:00", endsAt: "2017-12-01T10:30", note: "航班" }]),
    ...changes,
  });

  it("creates a speaker with links and unavailability in the conference's zone, audited, and lists them", () => {
    const result = saveSpeaker({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, null, form());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(speaker(result.value.id)).toMatchObject({
      name: "张三",
      photo: "https://example.org/zhang.jpg",
      links: [{ kind: "website", url: "https://example.org" }],
      translations: { en: { name: "Zhang San", position: "General Manager", organization: "MIGU Video" } },
    });
    const windows = t.db
      .select()
      .from(speakerUnavailability)
      .where(eq(speakerUnavailability.speakerId, result.value.id))
      .all();
    expect(windows).toMatchObject([
      {
        conferenceId: t.ws.conferenceId,
        startsAt: new Date("2017-12-01T01:00:00Z"),
        endsAt: new Date("2017-12-01T02:30:00Z"),
        note: "航班",
      },
    ]);
    expect(lastAudit("speaker.create")).toMatchObject({
      conferenceId: t.ws.conferenceId,
      details: {
        changes: {
          name: { before: null, after: "张三" },
          unavailability: { before: null, after: ["2017-12-01T09:00–2017-12-01T10:30 航班"] },
        },
      },
    });
    // Created from this workspace, in no session yet: listed all the same.
    expect(
      listSpeakers(t.db, t.ws.viewers.organizer, t.ws.conferenceId).find((s) => s.id === result.value.id),
    ).toMatchObject({ sessionCount: 0, editable: true });
    // The schedule editor's conflict finder reads the window.
    expect(loadScheduleEditor(t.db, t.ws.viewers.organizer, "china-netav-2017")!.unavailability).toContainEqual({
      speakerId: result.value.id,
      startsAt: "2017-12-01T01:00:00.000Z",
      endsAt: "2017-12-01T02:30:00.000Z",
      note: "航班",
    });
  });

  it("keeps a speaker's own uploaded photo when the organizer saves the profile", () => {
    const uploaded = `/media/photos/${"a".repeat(64)}.webp`;
    const created = saveSpeaker(
      { db: t.db, viewer: t.ws.viewers.organizer },
      t.ws.conferenceId,
      null,
      form({ slug: "photo-keeper", photo: uploaded }),
    );
    expect(created).toMatchObject({ ok: true, value: { photo: uploaded } });
  });

  it("says what is wrong with each field, and writes nothing", () => {
    const count = t.db.select().from(speakers).all().length;
    const cases: Array<[Partial<SpeakerForm>, string, string]> = [
      [{ name: "" }, "name", "required"],
      [{ slug: "Zhang San" }, "slug", "invalidSlug"],
      [{ slug: "wang-bin" }, "slug", "slugTaken"],
      [{ photo: "http://example.org/a.jpg" }, "photo", "photoAddress"],
      [{ photo: "javascript:alert(1)" }, "photo", "photoAddress"],
      [{ photo: "/media/photos/../../podium.db" }, "photo", "photoAddress"],
      [{ photo: "/speakers/wang-bin" }, "photo", "photoAddress"],
      [{ organizationId: "999999" }, "organizationId", "organizationGone"],
      [{ links: JSON.stringify([{ kind: "website", url: "ftp://example.org" }]) }, "links.0.url", "invalidUrl"],
      [{ links: JSON.stringify([{ kind: "myspace", url: "https://example.org" }]) }, "links.0.kind", "chooseOne"],
      [
        { unavailability: JSON.stringify([{ startsAt: "2017-12-01T10:00", endsAt: "2017-12-01T09:00", note: "" }]) },
        "unavailability.0.endsAt",
        "endMustFollowStart",
      ],
      [
        { unavailability: JSON.stringify([{ startsAt: "2017-12-01 25:00", endsAt: "2017-12-01T09:00", note: "" }]) },
        "unavailability.0.startsAt",
        "invalidDateTime",
      ],
      [{ bio: "x".repeat(20_001) }, "bio", "tooLong"],
    ];
    for (const [changes, field, code] of cases) {
      const result = saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        null,
        form({ slug: "someone-new", ...changes }),
      );
      expect(result, field).toMatchObject({
        ok: false,
        problem: { code: "checkFields" },
        fields: { [field]: { code } },
      });
    }
    expect(t.db.select().from(speakers).all()).toHaveLength(count);
  });

  it("writes a speaker, their unavailability and the audit entry in one transaction: without the entry, none of it", () => {
    const count = t.db.select().from(speakers).all().length;
    const windows = t.db.select().from(speakerUnavailability).all().length;
    expect(() =>
      whileAuditFails(t.db, () =>
        saveSpeaker(
          { db: t.db, viewer: t.ws.viewers.organizer },
          t.ws.conferenceId,
          null,
          form({ slug: "never-made" }),
        ),
      ),
    ).toThrow(/audit refused/);
    expect(t.db.select().from(speakers).all()).toHaveLength(count);
    expect(t.db.select().from(speakerUnavailability).all()).toHaveLength(windows);
  });

  it("updates a profile and replaces the unavailability of this conference only, auditing before and after", () => {
    const id = speakerId("zhang-san");
    t.db
      .insert(speakerUnavailability)
      .values({
        speakerId: id,
        conferenceId: t.ws.otherConferenceId,
        startsAt: new Date("2030-01-01T00:00:00Z"),
        endsAt: new Date("2030-01-01T01:00:00Z"),
      })
      .run();
    const result = saveSpeaker(
      { db: t.db, viewer: t.ws.viewers.organizer },
      t.ws.conferenceId,
      id,
      form({ position: "董事长", unavailability: "[]", links: "[]" }),
    );
    expect(result.ok).toBe(true);
    expect(
      t.db
        .select()
        .from(speakerUnavailability)
        .where(eq(speakerUnavailability.speakerId, id))
        .all()
        .map((w) => w.conferenceId),
    ).toEqual([t.ws.otherConferenceId]);
    expect(lastAudit("speaker.update").details).toMatchObject({
      changes: {
        position: { before: "总经理", after: "董事长" },
        unavailability: { before: ["2017-12-01T09:00–2017-12-01T10:30 航班"], after: [] },
        links: { before: [{ kind: "website", url: "https://example.org" }], after: [] },
      },
    });
    expect(lastAudit("speaker.update").details).not.toHaveProperty("changes.name");
  });

  it("lets forum editors edit the speakers only their forum has and the ones they created, never a profile its speaker keeps or another conference's", () => {
    // 王斌 keeps his own profile: his words are his and his organizers'.
    expect(() =>
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        speakerId("wang-bin"),
        form({ slug: "wang-bin", name: "王斌", unavailability: "[]" }),
      ),
    ).toThrow(ForbiddenError);
    expect(
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        speakerId("wang-bin"),
        form({ slug: "wang-bin", name: "王斌", unavailability: "[]" }),
      ).ok,
    ).toBe(true);
    expect(() =>
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        galaSpeakerId,
        form({ slug: "gala-presenter" }),
      ),
    ).toThrow(ForbiddenError);
    expect(
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.otherForumEditor },
        t.ws.conferenceId,
        galaSpeakerId,
        form({ slug: "gala-presenter", name: "盛典主持人", unavailability: "[]" }),
      ).ok,
    ).toBe(true);
    // Acting in their own conference, the other organizer does not find the demo's speaker at all.
    expect(
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.otherOrganizer },
        t.ws.otherConferenceId,
        speakerId("wang-bin"),
        form({ slug: "wang-bin" }),
      ),
    ).toEqual({ ok: false, problem: { code: "notFound" } });
    expect(() =>
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.otherOrganizer },
        t.ws.conferenceId,
        speakerId("wang-bin"),
        form({ slug: "wang-bin" }),
      ),
    ).toThrow(ForbiddenError);

    const made = saveSpeaker(
      { db: t.db, viewer: t.ws.viewers.forumEditor },
      t.ws.conferenceId,
      null,
      form({ slug: "editor-made", unavailability: "[]" }),
    );
    if (!made.ok) throw new Error("not created");
    expect(
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.forumEditor },
        t.ws.conferenceId,
        made.value.id,
        form({ slug: "editor-made", name: "李四", unavailability: "[]" }),
      ).ok,
    ).toBe(true);
    expect(
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        made.value.id,
        form({ slug: "editor-made", name: "李四", unavailability: "[]" }),
      ).ok,
    ).toBe(true);
    expect(() =>
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.otherForumEditor },
        t.ws.conferenceId,
        made.value.id,
        form({ slug: "editor-made" }),
      ),
    ).toThrow(ForbiddenError);

    const list = listSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId);
    expect(list.find((s) => s.id === galaSpeakerId)).toMatchObject({ editable: false, sessionCount: 1 });
    expect(list.find((s) => s.slug === "li-xia")).toMatchObject({ editable: true, sessionCount: 3 });
    expect(
      findSpeakerEditor(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, speakerId("li-xia"))?.sessions.map(
        (s) => s.role,
      ),
    ).toEqual(["speaker", "moderator", "moderator"]);
  });

  it("refuses to delete a speaker who takes part in sessions, naming them", () => {
    const result = deleteSpeaker({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, speakerId("li-xia"));
    expect(result).toMatchObject({
      ok: false,
      problem: {
        code: "speakerInSessions",
        values: { name: "李霞", count: 3, list: expect.stringContaining("“IP的跨平台运营” (网络剧高峰论坛)") },
      },
    });
    expect(speaker(speakerId("li-xia"))).toBeDefined();
  });

  it("deletes a speaker in no session, with their unavailability, auditing what was there", () => {
    const id = speakerId("zhang-san");
    expect(deleteSpeaker({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, id)).toEqual({
      ok: true,
      value: null,
    });
    expect(t.db.select().from(speakerUnavailability).where(eq(speakerUnavailability.speakerId, id)).all()).toEqual([]);
    expect(lastAudit("speaker.delete").details).toMatchObject({
      changes: { slug: { before: "zhang-san", after: null } },
    });
    expect(deleteSpeaker({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, id)).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
  });

  it("finds speakers of this conference only by name, English name or organization, treating wildcards as text", () => {
    t.db
      .insert(speakers)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "li-xia", name: "李霞", organization: "芒果TV" })
      .run();
    expect(
      searchSpeakers(t.db, t.ws.viewers.otherOrganizer, t.ws.otherConferenceId, "李霞").map((s) => s.id),
    ).not.toContain(speakerId("li-xia"));
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "李霞").map((s) => s.name)).toEqual([
      "李霞",
    ]);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "li xia").map((s) => s.name)).toEqual([
      "李霞",
    ]);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "Mango").length).toBe(0);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "芒果TV").map((s) => s.name)).toContain(
      "任旭",
    );
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "%")).toEqual([]);
    expect(() => searchSpeakers(t.db, t.ws.viewers.noRights, t.ws.conferenceId, "李")).toThrow(ForbiddenError);
  });
});
