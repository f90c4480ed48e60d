import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, sessions, tracks } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { runAction } from "../support/server-action";
import { fieldProblems } from "../support/field-problems";

const app = await import("../support/app-actions/programme");

describe("tracks", () => {
  const t = scratchWorkspace();
  let organizer: { db: Db; viewer: Viewer };
  beforeAll(() => {
    organizer = { db: t.db, viewer: t.ws.viewers.organizer! };
  });

  const trackBySlug = (slug: string, conferenceId = t.ws.conferenceId) =>
    t.db
      .select()
      .from(tracks)
      .where(and(eq(tracks.conferenceId, conferenceId), eq(tracks.slug, slug)))
      .get();
  const lastAudit = (action: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!;
  const audited = () => t.db.select().from(auditLog).all().length;

  it("puts each field's problem beside that field and writes nothing", () => {
    const result = app.saveTrack(organizer, t.ws.conferenceId, null, {
      name: " ",
      slug: "Main Events",
      color: "red",
      position: "first",
    });
    expect(result).toEqual(
      fieldProblems({ name: "required", slug: "invalidSlug", color: "invalidColor", position: "wholeNumber" }),
    );
    expect(trackBySlug("Main Events")).toBeUndefined();
  });

  it("creates a track with its English name and audits every field as after, at the write's moment", () => {
    const now = new Date("2017-11-20T02:00:00Z");
    const result = app.saveTrack({ ...organizer, now }, t.ws.conferenceId, null, {
      name: "产业对话",
      nameEn: "Industry talks",
      slug: "industry-talks",
      color: "#0F766E",
      position: "3",
    });
    expect(result.ok).toBe(true);
    const track = trackBySlug("industry-talks")!;
    expect(track).toMatchObject({
      name: "产业对话",
      color: "#0F766E",
      position: 3,
      translations: { en: { name: "Industry talks" } },
    });
    const entry = lastAudit("track.create");
    expect(entry).toMatchObject({
      conferenceId: t.ws.conferenceId,
      userId: organizer.viewer.userId,
      at: now,
      entityType: "track",
      entityId: String(track.id),
    });
    expect(entry.details).toMatchObject({
      changes: {
        name: { before: null, after: "产业对话" },
        slug: { before: null, after: "industry-talks" },
        position: { before: null, after: 3 },
      },
    });
  });

  it("writes the track and its audit entry in one transaction: no entry, no track", () => {
    const before = audited();
    expectAuditRefusal(t.db, () =>
      app.saveTrack(organizer, t.ws.conferenceId, null, { name: "无痕", slug: "unaudited", color: "#000000" }),
    );
    expect(trackBySlug("unaudited")).toBeUndefined();
    expect(audited()).toBe(before);
  });

  it("refuses a slug another track of the same conference has, writing nothing, but not one of another conference", () => {
    const before = audited();
    const clash = app.saveTrack(organizer, t.ws.conferenceId, null, {
      name: "重复",
      slug: "main-events",
      color: "#000000",
      position: "0",
    });
    expect(clash).toEqual(fieldProblems({ slug: { code: "slugTaken", values: { kind: "track" } } }));
    expect(audited()).toBe(before);
    const elsewhere = app.saveTrack({ db: t.db, viewer: t.ws.viewers.admin }, t.ws.otherConferenceId, null, {
      name: "Main",
      slug: "main-events",
      color: "#000000",
      position: "0",
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("updates a track and audits only what changed, before and after", () => {
    const track = trackBySlug("industry-talks")!;
    const result = app.saveTrack(organizer, t.ws.conferenceId, track.id, {
      name: "产业对话",
      nameEn: "",
      slug: "industry-talks",
      color: "#1d4ed8",
      position: "3",
    });
    expect(result.ok).toBe(true);
    expect(trackBySlug("industry-talks")).toMatchObject({ color: "#1d4ed8", translations: {} });
    expect(lastAudit("track.update").details).toEqual({
      title: "产业对话",
      changes: {
        color: { before: "#0F766E", after: "#1d4ed8" },
        translations: { before: { en: { name: "Industry talks" } }, after: {} },
      },
    });
  });

  it("does not update a track of another conference through this one", () => {
    const foreign = trackBySlug("main-events", t.ws.otherConferenceId)!;
    expect(
      app.saveTrack(organizer, t.ws.conferenceId, foreign.id, {
        name: "x",
        slug: "x",
        color: "#000000",
        position: "0",
      }),
    ).toEqual({ ok: false, problem: { code: "notFound" } });
  });

  it("refuses to delete a track sessions use, naming them", () => {
    const track = trackBySlug("main-events")!;
    const used = t.db.select({ title: sessions.title }).from(sessions).where(eq(sessions.trackId, track.id)).all();
    expect(used.length).toBeGreaterThan(0);
    expect(app.deleteTrack(organizer, t.ws.conferenceId, track.id)).toEqual({
      ok: false,
      problem: {
        code: "inUse",
        values: {
          name: track.name,
          count: used.length,
          kind: "session",
          list: expect.stringContaining(`“${used[0]!.title}”`),
        },
      },
    });
    expect(trackBySlug("main-events")).toBeDefined();
  });

  it("deletes an unused track and audits its fields going to null", () => {
    const track = trackBySlug("industry-talks")!;
    expect(app.deleteTrack(organizer, t.ws.conferenceId, track.id)).toEqual({ ok: true, value: null });
    expect(trackBySlug("industry-talks")).toBeUndefined();
    expect(lastAudit("track.delete").details).toMatchObject({
      changes: { name: { before: "产业对话", after: null }, color: { before: "#1d4ed8", after: null } },
    });
  });

  it("lists the tracks with how many sessions each holds", () => {
    const rows = app.listTracks(t.db, organizer.viewer, t.ws.conferenceId);
    const main = rows.find((r) => r.slug === "main-events")!;
    expect(main.sessionCount).toBe(t.db.select().from(sessions).where(eq(sessions.trackId, main.id)).all().length);
    expect(rows.every((r) => r.conferenceId === t.ws.conferenceId)).toBe(true);
  });

  describe("server actions", () => {
    it("give back each field's problem with what was typed", async () => {
      state.viewer = organizer.viewer;
      const outcome = await runAction(app.saveTrackAction, {
        $conference: "china-netav-2017",
        name: "新专题",
        slug: "new track",
        color: "#12345",
        position: "1",
      });
      expect(outcome).toEqual({
        state: {
          status: "error",
          problem: { code: "checkFields" },
          fields: { slug: { code: "invalidSlug" }, color: { code: "invalidColor" } },
          values: { name: "新专题", slug: "new track", color: "#12345", position: "1" },
        },
      });
    });

    it("redirect to the list, which says it was saved", async () => {
      state.viewer = organizer.viewer;
      expect(
        await runAction(app.saveTrackAction, {
          $conference: "china-netav-2017",
          name: "新专题",
          slug: "new-track",
          color: "#123456",
          position: "1",
        }),
      ).toEqual({ redirect: "/admin/china-netav-2017/tracks?saved=track" });
    });

    it("say why a delete was refused", async () => {
      state.viewer = organizer.viewer;
      const outcome = await runAction(app.deleteTrackAction, {
        $conference: "china-netav-2017",
        $track: String(trackBySlug("main-events")!.id),
      });
      expect(outcome).toMatchObject({
        state: { status: "error", problem: { code: "inUse", values: { kind: "session" } } },
      });
    });
  });
});
