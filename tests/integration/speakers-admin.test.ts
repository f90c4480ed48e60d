import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deleteSpeaker } from "@/db/mutations/speakers/delete-speaker";
import { saveSpeaker } from "@/db/mutations/speakers/save-speaker";
import type { SpeakerForm } from "@/db/mutations/speakers/speaker-form";
import { listSpeakers } from "@/db/queries/speakers";
import { loadScheduleEditor } from "@/db/queries/schedule-editor";
import { auditLog, speakerUnavailability, speakers } from "@/db/schema";
import { expectAuditRefusal } from "../support/audit-failure";
import { expectEachFieldRefused, type FieldCase } from "../support/field-problems";
import { scratchWorkspace } from "../support/scratch-database";
import { speakerIn, zhangSanForm } from "../support/workspace-programme";

// A speaker's life in the workspace: made, checked field by field, changed and deleted, each step
// audited. Who may do it to which speaker: speakers-admin-access.test.ts.
describe("speakers in the workspace", () => {
  const t = scratchWorkspace();
  const speakerId = (slug: string) => speakerIn(t.db, t.ws.conferenceId, slug);
  const speaker = (id: number) => t.db.select().from(speakers).where(eq(speakers.id, id)).get()!;
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<SpeakerForm> = {}) => zhangSanForm(t.db, changes);

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
    const cases: FieldCase<SpeakerForm>[] = [
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
    const save = (changes: Partial<SpeakerForm>) =>
      saveSpeaker(
        { db: t.db, viewer: t.ws.viewers.organizer },
        t.ws.conferenceId,
        null,
        form({ slug: "someone-new", ...changes }),
      );
    expectEachFieldRefused(cases, save, () => t.db.select().from(speakers).all().length);
  });

  it("writes a speaker, their unavailability and the audit entry in one transaction: without the entry, none of it", () => {
    const count = t.db.select().from(speakers).all().length;
    const windows = t.db.select().from(speakerUnavailability).all().length;
    expectAuditRefusal(t.db, () =>
      saveSpeaker({ db: t.db, viewer: t.ws.viewers.organizer }, t.ws.conferenceId, null, form({ slug: "never-made" })),
    );
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
});
