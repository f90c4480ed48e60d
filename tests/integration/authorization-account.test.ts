import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import net from "node:net";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emailVerifications, signIns, users } from "@/db/schema";
import { runAction } from "../support/server-action";
import { roles } from "../support/workspace-fixture";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/auth", async () => {
  const { redirect } = await import("next/navigation");
  return {
    signIn: async (_p: string, o: { redirectTo: string }) => redirect(o.redirectTo),
    signOut: async (o: { redirectTo: string }) => redirect(o.redirectTo),
  };
});

// The account actions of /me take no account id: each acts on the signed-in account,
// and on nothing of anyone else's, whatever the role (organizers of either conference included).
const { changePasswordAction, sendEmailVerificationAction, signOutEverywhereAction } =
  await import("@/app/[locale]/(speaker)/me/account-actions");
const { startSignIn } = await import("@/db/auth/sign-ins");
const { hashPassword, verifyPassword } = await import("@/lib/auth/password");

describe("who the account actions act on", () => {
  const t = scratchWorkspace();
  let all: { id: number; email: string }[];
  beforeAll(async () => {
    t.db
      .update(users)
      .set({ passwordHash: await hashPassword("password of everyone", 4) })
      .run();
    all = t.db.select({ id: users.id, email: users.email }).from(users).all();
    // Mail goes to a port nothing listens on: the link is made (for the signed-in account only), the send fails.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      MAIL_FROM: "Podium <no-reply@podium.test>",
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
    for (const name of ["SMTP_HOST", "SMTP_PORT", "MAIL_FROM"]) delete process.env[name];
  });

  const liveSignIns = () =>
    new Map(
      all.map((u) => [
        u.id,
        t.db
          .select()
          .from(signIns)
          .where(and(eq(signIns.userId, u.id), isNull(signIns.revokedAt)))
          .all().length,
      ]),
    );
  const links = () =>
    new Map(
      all.map((u) => [
        u.id,
        t.db.select().from(emailVerifications).where(eq(emailVerifications.userId, u.id)).all().length,
      ]),
    );
  const hashes = () =>
    new Map(all.map((u) => [u.id, t.db.select().from(users).where(eq(users.id, u.id)).get()!.passwordHash]));
  /** What changed, by account: only `self` may appear. */
  const changedAccounts = <T>(before: Map<number, T>, after: Map<number, T>) =>
    [...before].filter(([id, value]) => after.get(id) !== value).map(([id]) => id);

  for (const role of roles) {
    it(`${role}: sign out everywhere, change password and ask for a confirmation link touch only the signed-in account`, async () => {
      const viewer = t.ws.viewers[role];
      const self = viewer ? all.find((u) => u.id === viewer.userId)! : null;
      state.viewer = self ? { ...viewer!, userId: self.id, email: self.email, name: "" } : null;
      for (const u of all) startSignIn(t.db, { userId: u.id, address: "192.0.2.1", userAgent: "" }, new Date());

      let before = liveSignIns();
      const forbidden = { state: { status: "error", problem: { code: "forbidden" }, values: {} } };
      expect(await runAction(signOutEverywhereAction, {})).toEqual({ redirect: "/signin" });
      expect(changedAccounts(before, liveSignIns())).toEqual(self ? [self.id] : []);

      const hashBefore = hashes();
      const changed = await runAction(changePasswordAction, {
        currentPassword: "password of everyone",
        newPassword: `new password of ${role}`,
        newPasswordConfirm: `new password of ${role}`,
      });
      expect(changed).toEqual(self ? { redirect: "/me?account=password-changed" } : forbidden);
      expect(changedAccounts(hashBefore, hashes())).toEqual(self ? [self.id] : []);
      if (self) {
        expect(await verifyPassword(`new password of ${role}`, hashes().get(self.id))).toBe(true);
        t.db
          .update(users)
          .set({ passwordHash: hashBefore.get(self.id) })
          .where(eq(users.id, self.id))
          .run();
      }

      before = links();
      expect(await runAction(sendEmailVerificationAction, {})).toEqual(
        self
          ? { state: { status: "error", problem: { code: "mailFailed", values: { reason: "refused" } } } }
          : forbidden,
      );
      expect(changedAccounts(before, links())).toEqual(self ? [self.id] : []);
    }, 30_000);
  }
});
