import { execFile } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/connection";
import { createUser } from "@/db/auth/create-user";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase } from "../support/test-database";

describe("user:create", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.dispose());

  it("creates an account with a lower-cased email and a bcrypt hash of the password", async () => {
    const result = await createUser(t.db, {
      email: " Chen.Li@Example.ORG ",
      password: "ten chars!",
      name: " 陈立 ",
      isPlatformAdmin: true,
    });
    expect(result).toEqual({
      ok: true,
      user: { id: expect.any(Number), email: "chen.li@example.org", name: "陈立", isPlatformAdmin: true },
    });
    const row = t.db.select().from(users).all()[0]!;
    expect(row.passwordHash).not.toContain("ten chars!");
    expect(row.passwordHash).toMatch(/^\$2b\$12\$/);
    expect(await verifyPassword("ten chars!", row.passwordHash!)).toBe(true);
    expect(row.sessionVersion).toBe(1);
  });

  it("defaults to a plain account without a name", async () => {
    const result = await createUser(t.db, { email: "plain@example.org", password: "0123456789" });
    expect(result).toMatchObject({ ok: true, user: { name: "", isPlatformAdmin: false } });
  });

  it("refuses an email that exists, whatever its case", async () => {
    expect(await createUser(t.db, { email: "CHEN.LI@example.org", password: "another password" })).toEqual({
      ok: false,
      message: "An account with the email chen.li@example.org already exists.",
    });
    expect(t.db.select().from(users).all()).toHaveLength(2);
  });

  it("refuses a password shorter than 10 characters, or longer than bcrypt reads", async () => {
    expect(await createUser(t.db, { email: "short@example.org", password: "123456789" })).toEqual({
      ok: false,
      message: "The password must be at least 10 characters long.",
    });
    expect(await createUser(t.db, { email: "long@example.org", password: "x".repeat(73) })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/72 bytes/),
    });
  });

  it("refuses an address that is not an email", async () => {
    expect(await createUser(t.db, { email: "not-an-email", password: "0123456789" })).toMatchObject({ ok: false });
    expect(t.db.select().from(users).all()).toHaveLength(2);
  });

  it("leaves the address unconfirmed unless told: only the command line (and the demo) vouch for it", async () => {
    expect(t.db.select().from(users).where(eq(users.email, "plain@example.org")).get()?.emailVerifiedAt).toBeNull();
    await createUser(t.db, { email: "vouched@example.org", password: "0123456789", emailVerified: true });
    expect(
      t.db.select().from(users).where(eq(users.email, "vouched@example.org")).get()?.emailVerifiedAt,
    ).toBeInstanceOf(Date);
  });

  it("npm run user:create makes an account whose address counts as confirmed", async () => {
    const file = path.join(path.dirname(t.file), "cli.db");
    const root = path.resolve(import.meta.dirname, "../..");
    await new Promise<void>((resolve, reject) =>
      execFile(
        path.join(root, "node_modules/.bin/tsx"),
        ["scripts/user-create.ts", "--email", "cli@example.org", "--password", "0123456789"],
        { cwd: root, env: { ...process.env, DATABASE_URL: file } },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    const db = openDatabase(file);
    expect(db.select().from(users).where(eq(users.email, "cli@example.org")).get()?.emailVerifiedAt).toBeInstanceOf(
      Date,
    );
    db.$client.close();
  }, 60_000);
});
