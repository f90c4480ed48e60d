import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate, InvalidCredentialsInputError, SignInThrottledError } from "@/db/auth/sign-in";
import { clearAccountFailures, clientAddress, recordSignInFailure, SIGN_IN_THROTTLE, signInRetryAfter } from "@/db/auth/sign-in-throttle";
import { signInAttempts, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "../support/test-database";

const minutes = (n: number) => n * 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("the sign-in throttle", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    // A low cost keeps the many checks below fast; the cost of real hashes is tested with the password functions.
    t.db.insert(users).values({ email: "ada@example.org", name: "Ada", passwordHash: await hashPassword("right password", 4) }).run();
  });
  beforeEach(() => {
    t.db.delete(signInAttempts).run();
    t.db.update(users).set({ lastSignInAt: null }).run();
  });
  afterAll(() => t.dispose());

  const fail = (n: number, source: { email: string; address: string }, start = t0, stepMs = 1000) => {
    for (let i = 0; i < n; i++) recordSignInFailure(t.db, source, new Date(start.getTime() + i * stepMs));
  };

  it("allows 10 failures in 15 minutes and refuses the 11th attempt, saying how long to wait", async () => {
    expect(SIGN_IN_THROTTLE).toEqual({ maxFailures: 10, windowMs: minutes(15) });
    for (let i = 0; i < 10; i++) {
      expect(await authenticate(t.db, { email: "ada@example.org", password: `wrong ${i}` }, "198.51.100.1", at(i * 1000))).toBeNull();
    }
    // Refused before the password is looked at: even the right one does not get in.
    const refused = authenticate(t.db, { email: "ADA@example.org", password: "right password" }, "198.51.100.1", at(minutes(5)));
    await expect(refused).rejects.toBeInstanceOf(SignInThrottledError);
    await expect(refused).rejects.toMatchObject({ code: "throttled", retryAfterMinutes: 10 });
    // Refusals are not failures: they do not make the wait longer.
    expect(t.db.select().from(signInAttempts).all()).toHaveLength(20);
  });

  it("lets the account try again once its failures leave the window", async () => {
    fail(10, { email: "ada@example.org", address: "198.51.100.2" });
    expect(signInRetryAfter(t.db, { email: "ada@example.org", address: "203.0.113.9" }, at(minutes(15) - 1))).toBe(1);
    expect(signInRetryAfter(t.db, { email: "ada@example.org", address: "203.0.113.9" }, at(minutes(15)))).toBeNull();
    expect(await authenticate(t.db, { email: "ada@example.org", password: "right password" }, "203.0.113.9", at(minutes(15)))).toMatchObject({ email: "ada@example.org" });
  });

  it("limits one address across accounts, separately from the account", async () => {
    for (let i = 0; i < 10; i++) fail(1, { email: `nobody${i}@example.org`, address: "198.51.100.3" }, at(i * 1000));
    // The account itself is fine from elsewhere…
    expect(signInRetryAfter(t.db, { email: "ada@example.org", address: "203.0.113.10" }, at(minutes(1)))).toBeNull();
    // …but this address may try no account at all.
    await expect(authenticate(t.db, { email: "ada@example.org", password: "right password" }, "198.51.100.3", at(minutes(1)))).rejects.toMatchObject({
      code: "throttled",
      retryAfterMinutes: 14,
    });
  });

  it("clears the account's failures and stamps lastSignInAt on success; the address keeps its count", async () => {
    fail(9, { email: "ada@example.org", address: "198.51.100.4" });
    const user = await authenticate(t.db, { email: "ada@example.org", password: "right password" }, "198.51.100.4", at(minutes(1)));
    expect(user).toEqual({ id: expect.any(String), email: "ada@example.org", name: "Ada", sessionVersion: 1 });
    expect(t.db.select().from(users).where(eq(users.email, "ada@example.org")).get()?.lastSignInAt).toEqual(at(minutes(1)));
    const keys = t.db.select({ key: signInAttempts.key }).from(signInAttempts).all().map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("account:"))).toEqual([]);
    expect(keys.filter((k) => k === "address:198.51.100.4")).toHaveLength(9);
    // Ten more wrong passwords are needed before the account is refused again.
    fail(9, { email: "ada@example.org", address: "203.0.113.11" }, at(minutes(2)));
    expect(signInRetryAfter(t.db, { email: "ada@example.org", address: "203.0.113.11" }, at(minutes(3)))).toBeNull();
  });

  it("counts an unknown email like a wrong password", async () => {
    expect(await authenticate(t.db, { email: "nobody@example.org", password: "whatever it is" }, "198.51.100.5", t0)).toBeNull();
    expect(t.db.select({ key: signInAttempts.key }).from(signInAttempts).all().map((r) => r.key).sort()).toEqual(["account:nobody@example.org", "address:198.51.100.5"]);
  });

  it("refuses malformed input without counting it", async () => {
    await expect(authenticate(t.db, { email: "not-an-email", password: "x" }, "198.51.100.6", t0)).rejects.toBeInstanceOf(InvalidCredentialsInputError);
    await expect(authenticate(t.db, {}, "198.51.100.6", t0)).rejects.toMatchObject({ code: "invalid-input" });
    expect(t.db.select().from(signInAttempts).all()).toEqual([]);
  });

  it("prunes rows that have left the window when new failures come", () => {
    fail(3, { email: "ada@example.org", address: "198.51.100.7" });
    fail(1, { email: "ada@example.org", address: "198.51.100.7" }, at(minutes(16)));
    expect(t.db.select().from(signInAttempts).all().map((r) => r.at)).toEqual([at(minutes(16)), at(minutes(16))]);
    clearAccountFailures(t.db, "Ada@Example.org");
    expect(t.db.select({ key: signInAttempts.key }).from(signInAttempts).all()).toEqual([{ key: "address:198.51.100.7" }]);
  });

  it("takes the client address from the first hop of X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": " " }))).toBe("unknown");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
