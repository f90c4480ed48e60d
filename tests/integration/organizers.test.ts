import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, conferenceMemberships, signIns, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/permissions";
import { runAction } from "../support/server-action";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({ db: null as unknown as Db, viewer: null as Viewer | null }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

const { grantOrganizer, listOrganizers, revokeOrganizer } = await import("@/db/mutations/organizers");
const { startSignIn } = await import("@/db/auth/sign-ins");
const { grantOrganizerAction, revokeOrganizerAction } =
  await import("@/app/[locale]/admin/[conference]/organizers/actions");

describe("organizers", () => {
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

  const userId = (email: string) => t.db.select().from(users).where(eq(users.email, email)).get()!.id;
  const isOrganizer = (id: number, conferenceId = ws.conferenceId) =>
    t.db
      .select()
      .from(conferenceMemberships)
      .where(and(eq(conferenceMemberships.userId, id), eq(conferenceMemberships.conferenceId, conferenceId)))
      .get() !== undefined;
  const lastAudit = (action: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get()!;
  const confirm = (email: string) =>
    t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, email)).run();

  it("lists the organizers of a conference with when they became one", () => {
    const rows = listOrganizers(t.db, organizer, ws.conferenceId);
    expect(rows.map((r) => r.email)).toContain("organizer-t@podium.test");
    expect(rows.map((r) => r.email)).not.toContain("other-organizer-t@podium.test");
    expect(rows.every((r) => r.since instanceof Date)).toBe(true);
  });

  it("says clearly when no one has the email, and keeps nothing for it that a later account could pick up", () => {
    const users0 = t.db.select().from(users).all().length;
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "stranger@podium.test" })).toMatchObject({
      ok: false,
      code: "no-account",
      fieldErrors: {
        email:
          "No one has an account with stranger@podium.test. They need an account before they can be made an organizer.",
      },
    });
    expect(t.db.select().from(users).all()).toHaveLength(users0);
    expect(listOrganizers(t.db, organizer, ws.conferenceId).map((o) => o.email)).not.toContain("stranger@podium.test");
    // The address gets an account later, as accepting an invitation makes one: unconfirmed, so still no rights.
    t.db.insert(users).values({ email: "stranger@podium.test", passwordHash: "x" }).run();
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "stranger@podium.test" })).toMatchObject({
      ok: false,
      code: "unverified",
    });
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "not an email" })).toMatchObject({
      fieldErrors: { email: expect.stringMatching(/Enter an email address/) },
    });
  });

  it("refuses an account that has not confirmed its address, even to an admin who does not choose otherwise", () => {
    for (const viewer of [organizer, ws.viewers.admin!]) {
      expect(grantOrganizer(t.db, viewer, ws.conferenceId, { email: "nobody-t@podium.test" })).toMatchObject({
        ok: false,
        code: "unverified",
        fieldErrors: { email: expect.stringMatching(/nobody-t@podium.test has not confirmed this email address yet/) },
      });
    }
    // Only a platform admin's explicit choice overrides; an organizer sending the checkbox is not one.
    expect(
      grantOrganizer(t.db, organizer, ws.conferenceId, { email: "nobody-t@podium.test", grantUnverified: "on" }),
    ).toMatchObject({ ok: false, code: "unverified" });
    expect(isOrganizer(userId("nobody-t@podium.test"))).toBe(false);
  });

  it("lets a platform admin grant anyway to an unconfirmed address, on purpose and in the audit log", () => {
    expect(
      grantOrganizer(t.db, ws.viewers.admin!, ws.conferenceId, { email: "migu-t@podium.test", grantUnverified: "on" }),
    ).toMatchObject({ ok: true });
    expect(isOrganizer(userId("migu-t@podium.test"))).toBe(true);
    expect(lastAudit("organizer.grant")).toMatchObject({
      conferenceId: ws.conferenceId,
      userId: ws.viewers.admin!.userId,
    });
    expect(lastAudit("organizer.grant").details).toMatchObject({ title: "migu-t@podium.test", unverifiedEmail: true });
    expect(revokeOrganizer(t.db, ws.viewers.admin!, ws.conferenceId, userId("migu-t@podium.test"))).toEqual({
      ok: true,
      value: null,
    });
  });

  it("lets organizers grant only in their own conference", () => {
    confirm("mango-t@podium.test");
    expect(() =>
      grantOrganizer(t.db, ws.viewers.otherOrganizer!, ws.conferenceId, { email: "mango-t@podium.test" }),
    ).toThrow(ForbiddenError);
    expect(() => grantOrganizer(t.db, organizer, ws.otherConferenceId, { email: "mango-t@podium.test" })).toThrow(
      ForbiddenError,
    );
    for (const role of ["forumEditor", "speaker", "noRights", "anonymous"] as const) {
      expect(() => grantOrganizer(t.db, ws.viewers[role], ws.conferenceId, { email: "mango-t@podium.test" })).toThrow(
        ForbiddenError,
      );
    }
    expect(isOrganizer(userId("mango-t@podium.test"))).toBe(false);
    expect(isOrganizer(userId("mango-t@podium.test"), ws.otherConferenceId)).toBe(false);
  });

  it("grants organizer rights by email, whatever its case, and audits before and after", () => {
    confirm("nobody-t@podium.test");
    const result = grantOrganizer(t.db, organizer, ws.conferenceId, { email: "  Nobody-T@Podium.TEST " });
    expect(result).toMatchObject({ ok: true, value: { email: "nobody-t@podium.test" } });
    const id = userId("nobody-t@podium.test");
    expect(isOrganizer(id)).toBe(true);
    expect(lastAudit("organizer.grant")).toMatchObject({
      conferenceId: ws.conferenceId,
      userId: organizer.userId,
      entityId: String(id),
    });
    expect(lastAudit("organizer.grant").details).toMatchObject({
      title: "nobody-t@podium.test",
      changes: { role: { before: null, after: "organizer" } },
    });
  });

  it("refuses to grant twice", () => {
    expect(grantOrganizer(t.db, organizer, ws.conferenceId, { email: "nobody-t@podium.test" })).toMatchObject({
      fieldErrors: { email: "nobody-t@podium.test is already an organizer of this conference." },
    });
  });

  it("lets an organizer revoke a fellow organizer, audited, ending every sign-in of that account", () => {
    const id = userId("nobody-t@podium.test");
    const now = new Date();
    const theirs = [
      startSignIn(t.db, { userId: id, address: "192.0.2.1", userAgent: "" }, now),
      startSignIn(t.db, { userId: id, address: "192.0.2.2", userAgent: "" }, now),
    ];
    const mine = startSignIn(t.db, { userId: organizer.userId, address: "192.0.2.3", userAgent: "" }, now);
    const version = t.db.select().from(users).where(eq(users.id, id)).get()!.sessionVersion;
    expect(revokeOrganizer(t.db, organizer, ws.conferenceId, id)).toEqual({ ok: true, value: null });
    expect(isOrganizer(id)).toBe(false);
    expect(lastAudit("organizer.revoke").details).toMatchObject({
      changes: { role: { before: "organizer", after: null } },
      signInsEnded: 2,
    });
    for (const signInId of theirs)
      expect(t.db.select().from(signIns).where(eq(signIns.id, signInId)).get()!.revokedAt).toBeInstanceOf(Date);
    expect(t.db.select().from(users).where(eq(users.id, id)).get()!.sessionVersion).toBe(version + 1);
    // The organizer who revoked stays signed in.
    expect(t.db.select().from(signIns).where(eq(signIns.id, mine)).get()!.revokedAt).toBeNull();
  });

  it("refuses to revoke the last organizer, unless a platform admin does it", () => {
    const other = ws.viewers.otherOrganizer!;
    expect(listOrganizers(t.db, other, ws.otherConferenceId)).toHaveLength(1);
    expect(revokeOrganizer(t.db, other, ws.otherConferenceId, other.userId)).toMatchObject({
      ok: false,
      reason: "invalid",
      message: expect.stringMatching(/other-organizer-t@podium.test is the last organizer/),
    });
    expect(isOrganizer(other.userId, ws.otherConferenceId)).toBe(true);
    expect(revokeOrganizer(t.db, ws.viewers.admin, ws.otherConferenceId, other.userId)).toEqual({
      ok: true,
      value: null,
    });
    expect(isOrganizer(other.userId, ws.otherConferenceId)).toBe(false);
  });

  it("answers not-found for someone who is not an organizer", () => {
    expect(revokeOrganizer(t.db, organizer, ws.conferenceId, userId("nobody-t@podium.test"))).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  describe("server actions", () => {
    it("keep the typed email beside its error, as a code the form says in the viewer's language", async () => {
      state.viewer = organizer;
      expect(
        await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "ghost@podium.test" }),
      ).toMatchObject({
        state: { status: "error", fieldErrors: { email: "no-account" }, values: { email: "ghost@podium.test" } },
      });
      expect(
        await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "not an email" }),
      ).toMatchObject({ state: { fieldErrors: { email: "invalid-email" } } });
      t.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.email, "mango-t@podium.test")).run();
      expect(
        await runAction(grantOrganizerAction, {
          $conference: "china-netav-2017",
          email: "mango-t@podium.test",
          grantUnverified: "on",
        }),
      ).toMatchObject({
        state: {
          fieldErrors: { email: "unverified" },
          values: { email: "mango-t@podium.test", grantUnverified: "on" },
        },
      });
    });

    it("let a platform admin grant to an unconfirmed address with the checkbox", async () => {
      state.viewer = ws.viewers.admin;
      expect(
        await runAction(grantOrganizerAction, {
          $conference: "china-netav-2017",
          email: "mango-t@podium.test",
          grantUnverified: "on",
        }),
      ).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
      expect(
        await runAction(revokeOrganizerAction, {
          $conference: "china-netav-2017",
          $user: String(userId("mango-t@podium.test")),
        }),
      ).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
    });

    it("send an organizer who revoked their own rights to sign in again: their sign-ins are over", async () => {
      confirm("wangbin-t@podium.test");
      state.viewer = organizer;
      expect(
        await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "wangbin-t@podium.test" }),
      ).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
      expect(
        await runAction(revokeOrganizerAction, { $conference: "china-netav-2017", $user: String(organizer.userId) }),
      ).toEqual({ redirect: "/signin" });
      expect(isOrganizer(organizer.userId)).toBe(false);
      t.db.insert(conferenceMemberships).values({ userId: organizer.userId, conferenceId: ws.conferenceId }).run();
    });

    it("grant and revoke, back to the list", async () => {
      confirm("mango-t@podium.test");
      state.viewer = organizer;
      expect(
        await runAction(grantOrganizerAction, { $conference: "china-netav-2017", email: "mango-t@podium.test" }),
      ).toEqual({ redirect: "/admin/china-netav-2017/organizers" });
      const id = userId("mango-t@podium.test");
      expect(await runAction(revokeOrganizerAction, { $conference: "china-netav-2017", $user: String(id) })).toEqual({
        redirect: "/admin/china-netav-2017/organizers",
      });
      expect(isOrganizer(id)).toBe(false);
    });
  });
});
