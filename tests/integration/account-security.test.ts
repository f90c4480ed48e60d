import { and, desc, eq, isNull } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/permissions";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, signIns, signInAttempts, users } from "@/db/schema";
import { whileAuditFails } from "../support/audit-failure";
import { runAction } from "../support/server-action";
import { scratchDatabase } from "../support/scratch-database";

const state = vi.hoisted(() => {
  process.env.PODIUM_CLIENT_ADDRESS_KEY = "account-test-key";
  return {
    db: undefined as Db | undefined,
    viewer: null as Viewer | null,
    signIn: [] as unknown[],
    signOut: [] as unknown[],
    signInFails: false,
  };
});
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/db/auth/current-viewer", () => ({ getViewer: async () => state.viewer }));
// The client's address as the page server stamps it (lib/auth/client-address.ts).
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-podium-client-address": "account-test-key 192.0.2.50" }),
}));
// Auth.js itself is tried over its handlers in auth-routes.test.ts; here: what the actions ask of it.
vi.mock("@/auth", async () => {
  const { redirect } = await import("next/navigation");
  const { AuthError } = await import("next-auth");
  return {
    signIn: async (_provider: string, options: { redirectTo: string }) => {
      state.signIn.push(options);
      if (state.signInFails) throw new AuthError("throttled");
      redirect(options.redirectTo);
    },
    signOut: async (options: { redirectTo: string }) => {
      state.signOut.push(options);
      redirect(options.redirectTo);
    },
  };
});

const { changePassword } = await import("@/db/auth/change-password");
const { startSignIn } = await import("@/db/auth/sign-ins");
const { changePasswordAction, signOutEverywhereAction } = await import("@/app/[locale]/(speaker)/me/account-actions");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");

describe("account security", () => {
  const t = scratchDatabase();
  let me: number;
  let other: number;
  beforeAll(async () => {
    state.db = t.db;
    const hash = await hashPassword("old password 1", 4);
    me = t.db.insert(users).values({ email: "me@podium.test", passwordHash: hash }).returning().get().id;
    other = t.db.insert(users).values({ email: "other@podium.test", passwordHash: hash }).returning().get().id;
  });
  beforeEach(async () => {
    t.db.delete(signInAttempts).run();
    t.db
      .update(users)
      .set({ passwordHash: await hashPassword("old password 1", 4) })
      .where(eq(users.id, me))
      .run();
    state.viewer = {
      userId: me,
      email: "me@podium.test",
      name: "",
      isPlatformAdmin: false,
      organizerOf: new Set(),
      memberOf: new Set(),
      speakerIds: new Set(),
    };
    state.signIn = [];
    state.signOut = [];
    state.signInFails = false;
  });

  const live = (userId: number) =>
    t.db
      .select()
      .from(signIns)
      .where(and(eq(signIns.userId, userId), isNull(signIns.revokedAt)))
      .all().length;
  const signInTwice = (userId: number) =>
    [0, 1].map(() => startSignIn(t.db, { userId, address: "192.0.2.1", userAgent: "" }, new Date()));
  const version = (userId: number) => t.db.select().from(users).where(eq(users.id, userId)).get()!.sessionVersion;
  const mine = () => ({ db: t.db, viewer: state.viewer });
  const input = (currentPassword: string, newPassword = "new password 2", newPasswordConfirm = newPassword) => ({
    currentPassword,
    newPassword,
    newPasswordConfirm,
  });

  it("checks the new password's rules before the current one, without counting an attempt", async () => {
    const refusedAt = (field: string, code: string, values?: object) => ({
      ok: false,
      problem: { code: "checkFields" },
      fields: { [field]: values ? { code, values } : { code } },
    });
    expect(await changePassword(mine(), input("old password 1", "short"), "192.0.2.1")).toEqual(
      refusedAt("newPassword", "passwordTooShort", { min: 10 }),
    );
    expect(await changePassword(mine(), input("old password 1", "密".repeat(25)), "192.0.2.1")).toEqual(
      refusedAt("newPassword", "passwordTooLong"),
    );
    expect(
      await changePassword(mine(), input("old password 1", "new password 2", "new password 3"), "192.0.2.1"),
    ).toEqual(refusedAt("newPasswordConfirm", "passwordsDiffer"));
    expect(await changePassword(mine(), input("old password 1", "old password 1"), "192.0.2.1")).toEqual(
      refusedAt("newPassword", "passwordUnchanged"),
    );
    expect(t.db.select().from(signInAttempts).all()).toEqual([]);
  });

  it("checks the current password under the sign-in throttle", async () => {
    for (let i = 0; i < 10; i++)
      expect(await changePassword(mine(), input(`guess ${i}`), "192.0.2.9")).toMatchObject({
        ok: false,
        fields: { currentPassword: { code: "wrongPassword" } },
      });
    expect(await changePassword(mine(), input("old password 1"), "192.0.2.9")).toMatchObject({
      ok: false,
      fields: { currentPassword: { code: "throttled", values: { minutes: 15 } } },
    });
    expect(
      await verifyPassword("old password 1", t.db.select().from(users).where(eq(users.id, me)).get()!.passwordHash),
    ).toBe(true);
  });

  it("changes the password and ends every sign-in of the account, audited; other accounts keep theirs", async () => {
    signInTwice(me);
    signInTwice(other);
    const before = version(me);
    expect(await changePassword(mine(), input("old password 1"), "192.0.2.1")).toEqual({
      ok: true,
      value: { email: "me@podium.test" },
    });
    const hash = t.db.select().from(users).where(eq(users.id, me)).get()!.passwordHash;
    expect(await verifyPassword("new password 2", hash)).toBe(true);
    expect(await verifyPassword("old password 1", hash)).toBe(false);
    expect(live(me)).toBe(0);
    expect(version(me)).toBe(before + 1);
    expect(live(other)).toBe(2);
    expect(t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: "account.password-change",
      userId: me,
      entityId: String(me),
    });
    // The right password was no failure.
    expect(t.db.select().from(signInAttempts).all()).toEqual([]);
  });

  it("changes the password and audits it in one transaction: without the entry, the old password stays", async () => {
    await expect(
      whileAuditFails(t.db, () => changePassword(mine(), input("old password 1"), "192.0.2.1")),
    ).rejects.toThrow(/audit refused/);
    expect(
      await verifyPassword("old password 1", t.db.select().from(users).where(eq(users.id, me)).get()!.passwordHash),
    ).toBe(true);
  });

  describe("server actions", () => {
    it("change the password of the signed-in account, then sign this browser in afresh and come back to /me", async () => {
      expect(await runAction(changePasswordAction, input("old password 1"))).toEqual({
        redirect: "/me?account=password-changed",
      });
      expect(state.signIn).toEqual([
        { email: "me@podium.test", password: "new password 2", redirectTo: "/me?account=password-changed" },
      ]);
    });

    it("send to the sign-in page when signing in again fails; the password is changed all the same", async () => {
      state.signInFails = true;
      expect(await runAction(changePasswordAction, input("old password 1"))).toEqual({
        redirect: "/signin?callbackUrl=%2Fme",
      });
      expect(
        await verifyPassword("new password 2", t.db.select().from(users).where(eq(users.id, me)).get()!.passwordHash),
      ).toBe(true);
    });

    it("give each error beside its field, counting the attempt against the client's address", async () => {
      expect(await runAction(changePasswordAction, input("wrong"))).toEqual({
        state: {
          status: "error",
          problem: { code: "checkFields" },
          fields: { currentPassword: { code: "wrongPassword" } },
          values: {},
        },
      });
      expect(
        t.db
          .select({ key: signInAttempts.key })
          .from(signInAttempts)
          .all()
          .map((r) => r.key)
          .sort(),
      ).toEqual(["account:me@podium.test", "address:192.0.2.50"]);
    });

    it("sign out everywhere: every sign-in of the account ends, this browser's too", async () => {
      signInTwice(me);
      signInTwice(other);
      const [before, theirs] = [version(me), live(other)];
      expect(await runAction(signOutEverywhereAction, {})).toEqual({ redirect: "/signin" });
      expect(live(me)).toBe(0);
      expect(version(me)).toBe(before + 1);
      expect(live(other)).toBe(theirs);
      expect(t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
        action: "account.sign-out-everywhere",
        userId: me,
        details: { signIns: 2 },
      });
    });
  });
});
