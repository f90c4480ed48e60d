import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signIns, signInAttempts, users } from "@/db/schema";
import { createTestDatabase } from "../support/test-database";

// Every password comparison is counted, to prove how many the throttle let through.
const verify = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: async (password: string, hash: string | null | undefined) => {
      verify.calls += 1;
      return real.verifyPassword(password, hash);
    },
  };
});

const { authenticate, InvalidCredentialsInputError, SignInThrottledError } = await import("@/db/auth/sign-in");
const { SIGN_IN_THROTTLE, signInRetryAfter } = await import("@/db/auth/sign-in-throttle");
const { hashPassword } = await import("@/lib/auth/password");

const minutes = (n: number) => n * 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const ada = "ada@example.org";

describe("the sign-in throttle", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let adaId: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    // A low cost keeps the many checks below fast; the cost of real hashes is tested with the password functions.
    adaId = t.db
      .insert(users)
      .values({ email: ada, name: "Ada", passwordHash: await hashPassword("right password", 4) })
      .returning()
      .get().id;
    t.db
      .insert(users)
      .values({ email: "grace@example.org", name: "Grace", passwordHash: await hashPassword("her password", 4) })
      .run();
  });
  beforeEach(() => {
    t.db.delete(signInAttempts).run();
    t.db.delete(signIns).run();
    t.db.update(users).set({ lastSignInAt: null }).run();
    verify.calls = 0;
  });
  afterAll(() => t.dispose());

  const attempt = (email: string, password: string, address: string, when: Date) =>
    authenticate(t.db, { email, password }, { address }, when);
  const wrong = (n: number, email: string, address: string, start = t0) =>
    Promise.all(
      Array.from({ length: n }, (_, i) => attempt(email, `wrong ${i}`, address, new Date(start.getTime() + i * 1000))),
    );
  const keys = () =>
    t.db
      .select({ key: signInAttempts.key })
      .from(signInAttempts)
      .all()
      .map((r) => r.key);

  it("has the documented limits", () => {
    expect(SIGN_IN_THROTTLE).toEqual({
      windowMs: minutes(15),
      maxFailuresPerAddress: 10,
      maxFailuresPerAccount: 30,
      knownAddressMs: 30 * 24 * 60 * minutes(1),
    });
  });

  it("lets 40 parallel wrong passwords from one address check exactly 10, refusing the rest before the password is looked at", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => attempt(ada, `guess ${i}`, "198.51.100.1", t0)),
    );
    expect(results.filter((r) => r.status === "fulfilled" && r.value === null)).toHaveLength(10);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof SignInThrottledError)).toHaveLength(30);
    expect(verify.calls).toBe(10);
    expect(keys().filter((k) => k === "address:198.51.100.1")).toHaveLength(10);
    // Even the right password is refused now, saying how long to wait; refusals are not counted.
    await expect(attempt(ada, "right password", "198.51.100.1", at(minutes(5)))).rejects.toMatchObject({
      code: "throttled",
      retryAfterMinutes: 10,
    });
    expect(verify.calls).toBe(10);
    expect(keys()).toHaveLength(20);
  });

  it("lets 40 parallel wrong passwords from 40 addresses check exactly 30, the account's limit", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => attempt(ada, `guess ${i}`, `203.0.113.${i + 1}`, t0)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(30);
    expect(verify.calls).toBe(30);
    expect(keys().filter((k) => k === `account:${ada}`)).toHaveLength(30);
    await expect(attempt(ada, "right password", "192.0.2.200", at(minutes(1)))).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
  });

  it("cannot be used by one address to keep an account locked: the owner gets in from elsewhere all along", async () => {
    // The attacker spends the whole allowance of their address in every window, for two hours.
    for (let window = 0; window < 8; window++) {
      const start = at(minutes(15 * window) + 1000);
      await wrong(10, ada, "198.51.100.66", start);
      await expect(
        attempt(ada, "one more", "198.51.100.66", at(minutes(15 * window) + minutes(1))),
      ).rejects.toBeInstanceOf(SignInThrottledError);
      // The owner, on another network, is never refused.
      expect(await attempt(ada, "right password", "203.0.113.5", at(minutes(15 * window) + minutes(2)))).toMatchObject({
        email: ada,
      });
    }
  });

  it("keeps the owner's usual network open even when many addresses together lock the account", async () => {
    expect(await attempt(ada, "right password", "192.0.2.10", t0)).toMatchObject({ email: ada });
    for (let i = 0; i < 3; i++) await wrong(10, ada, `198.51.100.${70 + i}`, at(minutes(1)));
    // Locked for an address the account never signed in from…
    await expect(attempt(ada, "right password", "203.0.113.9", at(minutes(2)))).rejects.toMatchObject({
      code: "throttled",
      retryAfterMinutes: 14,
    });
    // …but not for the one it signed in from (whose own limit is untouched).
    expect(await attempt(ada, "right password", "192.0.2.10", at(minutes(2)))).toMatchObject({ email: ada });
    // A known address of one account is not known for another.
    t.db
      .insert(signInAttempts)
      .values(Array.from({ length: 30 }, () => ({ key: "account:bob@example.org", at: at(minutes(1)) })))
      .run();
    expect(
      signInRetryAfter(t.db, { email: "bob@example.org", address: "192.0.2.10", userId: null }, at(minutes(2))),
    ).toBeGreaterThan(0);
  });

  it("counts IPv6 addresses by their /64", async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(ada, "guess", `2001:db8:1:2::${(i + 1).toString(16)}`, t0)),
    );
    await expect(attempt(ada, "right password", "2001:db8:1:2:ffff:ffff:ffff:ffff", at(1000))).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
    expect(keys().filter((k) => k === "address:2001:db8:1:2::/64")).toHaveLength(10);
    expect(await attempt(ada, "right password", "2001:db8:1:3::1", at(1000))).toMatchObject({ email: ada });
  });

  it("takes back the successful attempt only, records the sign-in and stamps lastSignInAt", async () => {
    await wrong(9, ada, "198.51.100.4");
    const user = await authenticate(
      t.db,
      { email: ada, password: "right password" },
      { address: "::ffff:198.51.100.4", userAgent: "Firefox" },
      at(minutes(1)),
    );
    expect(user).toEqual({
      id: String(adaId),
      email: ada,
      name: "Ada",
      sessionVersion: 1,
      signInId: expect.any(Number),
    });
    expect(t.db.select().from(signIns).where(eq(signIns.id, user!.signInId)).get()).toMatchObject({
      userId: adaId,
      address: "198.51.100.4",
      userAgent: "Firefox",
      revokedAt: null,
      expiresAt: at(minutes(1) + 30 * 24 * 60 * minutes(1)),
    });
    expect(t.db.select().from(users).where(eq(users.id, adaId)).get()?.lastSignInAt).toEqual(at(minutes(1)));
    // The nine failures still count: one more and this address is paused.
    expect(keys().filter((k) => k === "address:198.51.100.4")).toHaveLength(9);
    expect(keys().filter((k) => k === `account:${ada}`)).toHaveLength(9);
    await wrong(1, ada, "198.51.100.4", at(minutes(2)));
    expect(
      signInRetryAfter(t.db, { email: ada, address: "198.51.100.4", userId: adaId }, at(minutes(3))),
    ).toBeGreaterThan(0);
  });

  it("lets an address try again once its failures leave the window, and prunes old rows", async () => {
    await wrong(10, ada, "198.51.100.2");
    const source = { email: ada, address: "198.51.100.2", userId: adaId };
    expect(signInRetryAfter(t.db, source, at(minutes(15) - 1))).toBe(1);
    expect(signInRetryAfter(t.db, source, at(minutes(15)))).toBeNull();
    expect(await attempt(ada, "right password", "198.51.100.2", at(minutes(16)))).toMatchObject({ email: ada });
    expect(t.db.select().from(signInAttempts).where(like(signInAttempts.key, "address:%")).all()).toEqual([]);
  });

  it("counts an unknown email like a wrong password, at the same cost", async () => {
    expect(await attempt("nobody@example.org", "whatever it is", "198.51.100.5", t0)).toBeNull();
    expect(verify.calls).toBe(1);
    expect(keys().sort()).toEqual(["account:nobody@example.org", "address:198.51.100.5"]);
  });

  it("refuses malformed input without counting it", async () => {
    await expect(
      authenticate(t.db, { email: "not-an-email", password: "x" }, { address: "198.51.100.6" }, t0),
    ).rejects.toBeInstanceOf(InvalidCredentialsInputError);
    await expect(authenticate(t.db, {}, { address: "198.51.100.6" }, t0)).rejects.toMatchObject({
      code: "invalid-input",
    });
    expect(keys()).toEqual([]);
    expect(verify.calls).toBe(0);
  });

  it("puts every client it cannot tell apart into one group, which no sign-in makes known", async () => {
    expect(await attempt(ada, "right password", "unknown", t0)).toMatchObject({ email: ada });
    for (let i = 0; i < 3; i++) await wrong(10, ada, `198.51.100.${80 + i}`, at(1000));
    await expect(attempt(ada, "right password", "unknown", at(minutes(1)))).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
    // Whatever is not an address counts as that one group.
    await wrong(10, "grace@example.org", "not an address", at(minutes(2)));
    expect(keys().filter((k) => k === "address:unknown")).toHaveLength(10);
  });
});
