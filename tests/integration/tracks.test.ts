import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, sessions, tracks } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({ db: null as unknown as Db, viewer: null as Viewer | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

const { deleteTrack, listTracks, saveTrack } = await import("@/db/mutations/tracks");
const { deleteTrackAction, saveTrackAction } = await import("@/app/[locale]/admin/[conference]/tracks/actions");

describe("tracks", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  let organizer: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
    organizer = ws.viewers.organizer!;
  });
  afterAll(() => t.dispose());

  const trackBySlug = (slug: string, conferenceId = ws.conferenceId) =>
    t.db
      .select()
      .from(tracks)
      .where(and(eq(tracks.conferenceId, conferenceId), eq(tracks.slug, slug)))
      .get();
  const lastAudit = (action: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!;

  it("puts each field's error beside that field and writes nothing", () => {
    const result = saveTrack(t.db, organizer, ws.conferenceId, null, {
      name: " ",
      slug: "Main Events",
      color: "red",
      position: "first",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid" || !("fieldErrors" in result))
      throw new Error("expected field errors");
    expect(result.fieldErrors).toEqual({
      name: "Name is required",
      slug: expect.stringMatching(/lowercase/),
      color: "Use a colour like #1d4ed8",
      position: "wholeNumber",
    });
    expect(trackBySlug("Main Events")).toBeUndefined();
  });

  it("creates a track with its English name and audits every field as after", () => {
    const result = saveTrack(t.db, organizer, ws.conferenceId, null, {
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
    expect(entry).toMatchObject({ conferenceId: ws.conferenceId, entityType: "track", entityId: String(track.id) });
    expect(entry.details).toMatchObject({
      changes: {
        name: { before: null, after: "产业对话" },
        slug: { before: null, after: "industry-talks" },
        position: { before: null, after: 3 },
      },
    });
  });

  it("refuses a slug another track of the same conference has, but not one of another conference", () => {
    const clash = saveTrack(t.db, organizer, ws.conferenceId, null, {
      name: "重复",
      slug: "main-events",
      color: "#000000",
      position: "0",
    });
    expect(clash).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { slug: "Another track of this conference has that slug." },
    });
    const elsewhere = saveTrack(t.db, ws.viewers.admin, ws.otherConferenceId, null, {
      name: "Main",
      slug: "main-events",
      color: "#000000",
      position: "0",
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("updates a track and audits only what changed, before and after", () => {
    const track = trackBySlug("industry-talks")!;
    const result = saveTrack(t.db, organizer, ws.conferenceId, track.id, {
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
    const foreign = trackBySlug("main-events", ws.otherConferenceId)!;
    expect(
      saveTrack(t.db, organizer, ws.conferenceId, foreign.id, {
        name: "x",
        slug: "x",
        color: "#000000",
        position: "0",
      }),
    ).toEqual({ ok: false, reason: "not-found" });
  });

  it("refuses to delete a track sessions use, naming them", () => {
    const track = trackBySlug("main-events")!;
    const used = t.db.select({ title: sessions.title }).from(sessions).where(eq(sessions.trackId, track.id)).all();
    expect(used.length).toBeGreaterThan(0);
    const result = deleteTrack(t.db, organizer, ws.conferenceId, track.id);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error("expected a refusal");
    expect(result.message).toContain(`still used by ${used.length} session(s)`);
    expect(result.message).toContain(`“${used[0]!.title}”`);
    expect(trackBySlug("main-events")).toBeDefined();
  });

  it("deletes an unused track and audits its fields going to null", () => {
    const track = trackBySlug("industry-talks")!;
    expect(deleteTrack(t.db, organizer, ws.conferenceId, track.id)).toEqual({ ok: true, value: null });
    expect(trackBySlug("industry-talks")).toBeUndefined();
    expect(lastAudit("track.delete").details).toMatchObject({
      changes: { name: { before: "产业对话", after: null }, color: { before: "#1d4ed8", after: null } },
    });
  });

  it("lists the tracks with how many sessions each holds", () => {
    const rows = listTracks(t.db, organizer, ws.conferenceId);
    const main = rows.find((r) => r.slug === "main-events")!;
    expect(main.sessionCount).toBe(t.db.select().from(sessions).where(eq(sessions.trackId, main.id)).all().length);
    expect(rows.every((r) => r.conferenceId === ws.conferenceId)).toBe(true);
  });

  describe("server actions", () => {
    it("give back field errors with what was typed", async () => {
      state.viewer = organizer;
      const outcome = await runAction(saveTrackAction, {
        $conference: "china-netav-2017",
        name: "新专题",
        slug: "new track",
        color: "#12345",
        position: "1",
      });
      expect(outcome).toEqual({
        state: {
          status: "error",
          message: "Check the highlighted fields.",
          fieldErrors: { slug: expect.stringMatching(/lowercase/), color: "Use a colour like #1d4ed8" },
          values: { name: "新专题", slug: "new track", color: "#12345", position: "1" },
        },
      });
    });

    it("redirect to the list after saving", async () => {
      state.viewer = organizer;
      expect(
        await runAction(saveTrackAction, {
          $conference: "china-netav-2017",
          name: "新专题",
          slug: "new-track",
          color: "#123456",
          position: "1",
        }),
      ).toEqual({ redirect: "/admin/china-netav-2017/tracks" });
    });

    it("say why a delete was refused", async () => {
      state.viewer = organizer;
      const outcome = await runAction(deleteTrackAction, {
        $conference: "china-netav-2017",
        $track: String(trackBySlug("main-events")!.id),
      });
      expect(outcome).toMatchObject({
        state: { status: "error", message: expect.stringContaining("Move them to another track first") },
      });
    });
  });
});
