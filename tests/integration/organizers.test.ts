import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, conferenceMemberships, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({ db: null as unknown as Db, actor: null as Actor | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-actor", () => ({
  getCurrentActor: async () => (state.actor ? { user: { id: state.actor.userId, email: "x@podium.test", name: "x", isPlatformAdmin: state.actor.isPlatformAdmin }, actor: state.actor } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

const { grantOrganizer, listOrganizers, revokeOrganizer } = await import("@/db/mutations/organizers");
const { grantOrganizerAction, revokeOrganizerAction } = await import("@/app/[locale]/admin/[conference]/organizers/actions");

describe("organizers", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  let organizer: Actor;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
    organizer = ws.actors.organizer!;
  });
  afterAll(() => t.dispose());

  const userId = (email: string) => t.db.select().from(users).where(eq(users.email, email)).get()!.id;
  const isOrganizer = (id: number, conferenceId = ws.conferenceId) => t.db.select().from(conferenceMemberships).where(and(eq(conferenceMemberships.userId, id), eq(conferenceMemberships.conferenceId, conferenceId))).get() !== undefined;
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!;

  it("lists the organizers of a conference with when they became one", () => {
    const rows = listOrganizers(t.db, organizer, ws.conferenceId);
    expect(rows.map((r) => r.email)).toContain("organizer-t@podium.test");
    expect(rows.map((r) => r.email)).not.toContain("other-organizer-t@podium.test");
    expect(rows.every((r) => r.since instanceof Date)).toBe(true);
  });

  it("says clearly when no one has the email", () => {
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "stranger@podium.test" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "No one has an account with stranger@podium.test. They need an account before they can be made an organizer." },
    });
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "not an email" })).toMatchObject({ fieldErrors: { email: expect.stringMatching(/Enter an email address/) } });
  });

  it("grants organizer rights by email, whatever its case, and audits before and after", () => {
    const result = grantOrganizer(t.db, organizer, ws.conferenceId, { email: "  Nobody-T@Podium.TEST " });
    expect(result).toMatchObject({ ok: true, value: { email: "nobody-t@podium.test" } });
    const id = userId("nobody-t@podium.test");
    expect(isOrganizer(id)).toBe(true);
    expect(lastAudit("organizer.grant")).toMatchObject({ conferenceId: ws.conferenceId, userId: organizer.userId, entityId: String(id) });
    expect(lastAudit("organizer.grant").details).toMatchObject({ title: "nobody-t@podium.test", changes: { role: { before: null, after: "organizer" } } });
  });

  it("refuses to grant twice", () => {
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "nobody-t@podium.test" })).toMatchObject({ fieldErrors: { email: "nobody-t@podium.test is already an organizer of this conference." } });
  });

  it("lets an organizer revoke a fellow organizer, audited", () => {
    const id = userId("nobody-t@podium.test");
    expect(revokeOrganizer(t.db, organizer, ws.conferenceId, id)).toEqual({ ok: true, value: null });
    expect(isOrganizer(id)).toBe(false);
    expect(lastAudit("organizer.revoke").details).toMatchObject({ changes: { role: { before: "organizer", after: null } } });
  });

  it("refuses to revoke the last organizer, unless a platform admin does it", () => {
    const other = ws.actors.otherOrganizer!;
    expect(listOrganizers(t.db, other, ws.otherConferenceId)).toHaveLength(1);
    expect(revokeOrganizer(t.db, other, ws.otherConferenceId, other.userId)).toMatchObject({ ok: false, reason: "invalid", message: expect.stringMatching(/other-organizer-t@podium.test is the last organizer/) });
    expect(isOrganizer(other.userId, ws.otherConferenceId)).toBe(true);
    expect(revokeOrganizer(t.db, ws.actors.admin, ws.otherConferenceId, other.userId)).toEqual({ ok: true, value: null });
    expect(isOrganizer(other.userId, ws.otherConferenceId)).toBe(false);
  });

  it("answers not-found for someone who is not an organizer", () => {
    expect(revokeOrganizer(t.db, organizer, ws.conferenceId, userId("nobody-t@podium.test"))).toEqual({ ok: false, reason: "not-found" });
  });

  describe("server actions", () => {
    it("keep the typed email beside its error", async () => {
      state.actor = organizer;
      expect(await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "ghost@podium.test" })).toMatchObject({
        state: { status: "error", fieldErrors: { email: expect.stringMatching(/No one has an account with ghost@podium.test/) }, values: { email: "ghost@podium.test" } },
      });
    });

    it("grant and revoke, back to the list", async () => {
      state.actor = organizer;
      expect(await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "mango-t@podium.test" })).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
      const id = userId("mango-t@podium.test");
      expect(await runAction(revokeOrganizerAction, { $conference: "china-netav-2017", $user: String(id) })).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
      expect(isOrganizer(id)).toBe(false);
    });
  });
});
