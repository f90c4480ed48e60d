import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { workspaceDeskOf } from "../support/workspace-desk";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferenceMemberships, signIns, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { expectAuditRefusal } from "../support/audit-failure";
import { runAction } from "../support/server-action";

const app = await import("../support/app-actions/conference");
const { startSignIn } = await import("@/db/auth/sign-ins");

describe("organizers", () => {
  const t = scratchWorkspace();
  const { organizer, as, lastAudit } = workspaceDeskOf(t);

  const userId = (email: string) => t.db.select().from(users).where(eq(users.email, email)).get()!.id;
  const isOrganizer = (id: number, conferenceId = t.ws.conferenceId) =>
    t.db
      .select()
      .from(conferenceMemberships)
      .where(and(eq(conferenceMemberships.userId, id), eq(conferenceMemberships.conferenceId, conferenceId)))
      .get() !== undefined;
  const confirm = (email: string) =>
    t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.email, email)).run();

  it("lists the organizers of a conference with when they became one", () => {
    const rows = app.listOrganizers(t.db, organizer(), t.ws.conferenceId);
    expect(rows.map((r) => r.email)).toContain("organizer-t@podium.test");
    expect(rows.map((r) => r.email)).not.toContain("other-organizer-t@podium.test");
    expect(rows.every((r) => r.since instanceof Date)).toBe(true);
  });

  it("says clearly when no one has the email, and keeps nothing for it that a later account could pick up", () => {
    const users0 = t.db.select().from(users).all().length;
    expect(app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "stranger@podium.test" })).toEqual({
      ok: false,
      problem: { code: "checkFields" },
      fields: { email: { code: "noAccount", values: { email: "stranger@podium.test" } } },
    });
    expect(t.db.select().from(users).all()).toHaveLength(users0);
    expect(app.listOrganizers(t.db, organizer(), t.ws.conferenceId).map((o) => o.email)).not.toContain(
      "stranger@podium.test",
    );
    // The address gets an account later, as accepting an invitation makes one: unconfirmed, so still no rights.
    t.db.insert(users).values({ email: "stranger@podium.test", passwordHash: "x" }).run();
    expect(app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "stranger@podium.test" })).toMatchObject({
      ok: false,
      fields: { email: { code: "accountUnconfirmed" } },
    });
    expect(app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "not an email" })).toMatchObject({
      fields: { email: { code: "invalidEmail" } },
    });
  });

  it("refuses an account that has not confirmed its address, even to an admin who does not choose otherwise", () => {
    for (const viewer of [organizer(), t.ws.viewers.admin!]) {
      expect(app.grantOrganizer(as(viewer), t.ws.conferenceId, { email: "nobody-t@podium.test" })).toMatchObject({
        ok: false,
        fields: { email: { code: "accountUnconfirmed", values: { email: "nobody-t@podium.test" } } },
      });
    }
    // Only a platform admin's explicit choice overrides; an organizer sending the checkbox is not one.
    expect(
      app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "nobody-t@podium.test", grantUnverified: "on" }),
    ).toMatchObject({ ok: false, fields: { email: { code: "accountUnconfirmed" } } });
    expect(isOrganizer(userId("nobody-t@podium.test"))).toBe(false);
  });

  it("lets a platform admin grant anyway to an unconfirmed address, on purpose and in the audit log", () => {
    expect(
      app.grantOrganizer(as(t.ws.viewers.admin!), t.ws.conferenceId, {
        email: "migu-t@podium.test",
        grantUnverified: "on",
      }),
    ).toMatchObject({ ok: true });
    expect(isOrganizer(userId("migu-t@podium.test"))).toBe(true);
    expect(lastAudit("organizer.grant")).toMatchObject({
      conferenceId: t.ws.conferenceId,
      userId: t.ws.viewers.admin!.userId,
    });
    expect(lastAudit("organizer.grant").details).toMatchObject({ title: "migu-t@podium.test", unverifiedEmail: true });
    expect(app.revokeOrganizer(as(t.ws.viewers.admin!), t.ws.conferenceId, userId("migu-t@podium.test"))).toEqual({
      ok: true,
      value: null,
    });
  });

  it("lets organizers grant only in their own conference", () => {
    confirm("mango-t@podium.test");
    expect(() =>
      app.grantOrganizer(as(t.ws.viewers.otherOrganizer!), t.ws.conferenceId, { email: "mango-t@podium.test" }),
    ).toThrow(ForbiddenError);
    expect(() => app.grantOrganizer(as(organizer()), t.ws.otherConferenceId, { email: "mango-t@podium.test" })).toThrow(
      ForbiddenError,
    );
    for (const role of ["forumEditor", "speaker", "noRights", "anonymous"] as const) {
      expect(() =>
        app.grantOrganizer(as(t.ws.viewers[role]), t.ws.conferenceId, { email: "mango-t@podium.test" }),
      ).toThrow(ForbiddenError);
    }
    expect(isOrganizer(userId("mango-t@podium.test"))).toBe(false);
    expect(isOrganizer(userId("mango-t@podium.test"), t.ws.otherConferenceId)).toBe(false);
  });

  it("grants organizer rights by email, whatever its case, and audits before and after", () => {
    confirm("nobody-t@podium.test");
    const result = app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "  Nobody-T@Podium.TEST " });
    expect(result).toMatchObject({ ok: true, value: { email: "nobody-t@podium.test" } });
    const id = userId("nobody-t@podium.test");
    expect(isOrganizer(id)).toBe(true);
    expect(lastAudit("organizer.grant")).toMatchObject({
      conferenceId: t.ws.conferenceId,
      userId: organizer().userId,
      entityId: String(id),
    });
    expect(lastAudit("organizer.grant").details).toMatchObject({
      title: "nobody-t@podium.test",
      changes: { role: { before: null, after: "organizer" } },
    });
  });

  it("grants and audits in one transaction: no entry, no rights", () => {
    const id = t.db
      .insert(users)
      .values({ email: "unaudited@podium.test", emailVerifiedAt: new Date() })
      .returning()
      .get().id;
    expectAuditRefusal(t.db, () =>
      app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "unaudited@podium.test" }),
    );
    expect(isOrganizer(id)).toBe(false);
  });

  it("refuses to grant twice", () => {
    expect(app.grantOrganizer(as(organizer()), t.ws.conferenceId, { email: "nobody-t@podium.test" })).toMatchObject({
      fields: { email: { code: "alreadyOrganizer", values: { email: "nobody-t@podium.test" } } },
    });
  });

  it("lets an organizer revoke a fellow organizer, audited, ending every sign-in of that account", () => {
    const id = userId("nobody-t@podium.test");
    const now = new Date();
    const theirs = [
      startSignIn(t.db, { userId: id, address: "192.0.2.1", userAgent: "" }, now),
      startSignIn(t.db, { userId: id, address: "192.0.2.2", userAgent: "" }, now),
    ];
    const mine = startSignIn(t.db, { userId: organizer().userId, address: "192.0.2.3", userAgent: "" }, now);
    const version = t.db.select().from(users).where(eq(users.id, id)).get()!.sessionVersion;
    expect(app.revokeOrganizer(as(organizer()), t.ws.conferenceId, id)).toEqual({ ok: true, value: null });
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
    const other = t.ws.viewers.otherOrganizer!;
    expect(app.listOrganizers(t.db, other, t.ws.otherConferenceId)).toHaveLength(1);
    expect(app.revokeOrganizer(as(other), t.ws.otherConferenceId, other.userId)).toEqual({
      ok: false,
      problem: { code: "lastOrganizer", values: { email: "other-organizer-t@podium.test" } },
    });
    expect(isOrganizer(other.userId, t.ws.otherConferenceId)).toBe(true);
    expect(app.revokeOrganizer(as(t.ws.viewers.admin), t.ws.otherConferenceId, other.userId)).toEqual({
      ok: true,
      value: null,
    });
    expect(isOrganizer(other.userId, t.ws.otherConferenceId)).toBe(false);
  });

  it("answers not-found for someone who is not an organizer", () => {
    expect(app.revokeOrganizer(as(organizer()), t.ws.conferenceId, userId("nobody-t@podium.test"))).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
  });

  describe("server actions", () => {
    const grant = (fields: Record<string, string>) =>
      runAction(app.grantOrganizerAction, { $conference: "china-netav-2017", ...fields });
    const revoke = (userId: number) =>
      runAction(app.revokeOrganizerAction, { $conference: "china-netav-2017", $user: String(userId) });
    const BACK_TO_THE_LIST = { redirect: "/admin/china-netav-2017/organizers?saved=organizer" };

    it("keep the typed email beside its error, as a code the form says in the viewer's language", async () => {
      state.viewer = organizer();
      expect(await grant({ email: "ghost@podium.test" })).toMatchObject({
        state: {
          status: "error",
          fields: { email: { code: "noAccount", values: { email: "ghost@podium.test" } } },
          values: { email: "ghost@podium.test" },
        },
      });
      expect(await grant({ email: "not an email" })).toMatchObject({
        state: { fields: { email: { code: "invalidEmail" } } },
      });
      t.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.email, "mango-t@podium.test")).run();
      expect(await grant({ email: "mango-t@podium.test", grantUnverified: "on" })).toMatchObject({
        state: {
          fields: { email: { code: "accountUnconfirmed" } },
          values: { email: "mango-t@podium.test", grantUnverified: "on" },
        },
      });
    });

    it("let a platform admin grant to an unconfirmed address with the checkbox", async () => {
      state.viewer = t.ws.viewers.admin;
      expect(await grant({ email: "mango-t@podium.test", grantUnverified: "on" })).toEqual(BACK_TO_THE_LIST);
      expect(await revoke(userId("mango-t@podium.test"))).toEqual(BACK_TO_THE_LIST);
    });

    it("send an organizer who revoked their own rights to sign in again: their sign-ins are over", async () => {
      confirm("wangbin-t@podium.test");
      state.viewer = organizer();
      expect(await grant({ email: "wangbin-t@podium.test" })).toEqual(BACK_TO_THE_LIST);
      expect(await revoke(organizer().userId)).toEqual({ redirect: "/signin" });
      expect(isOrganizer(organizer().userId)).toBe(false);
      t.db.insert(conferenceMemberships).values({ userId: organizer().userId, conferenceId: t.ws.conferenceId }).run();
    });

    it("grant and revoke, back to the list", async () => {
      confirm("mango-t@podium.test");
      state.viewer = organizer();
      expect(await grant({ email: "mango-t@podium.test" })).toEqual(BACK_TO_THE_LIST);
      const id = userId("mango-t@podium.test");
      expect(await revoke(id)).toEqual(BACK_TO_THE_LIST);
      expect(isOrganizer(id)).toBe(false);
    });
  });
});
