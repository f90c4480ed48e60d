import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import { createTestDatabase } from "../support/test-database";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined, session: null as unknown }));
vi.mock("@/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
// Outside Next.js there is no request for connection() to wait for.
vi.mock("next/server", () => ({ connection: async () => {} }));

const { getCurrentUser } = await import("@/db/auth/current-user");

describe("getCurrentUser", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let id: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    id = t.db.insert(users).values({ email: "organizer@example.org", name: "Organizer", passwordHash: "x" }).returning().get().id;
  });
  beforeEach(() => {
    t.db.update(users).set({ sessionVersion: 1, isPlatformAdmin: false }).run();
  });
  afterAll(() => t.dispose());

  const tokenFor = (userId: unknown, sessionVersion: unknown) => ({ user: { id: userId, email: "stale@example.org" }, sessionVersion, expires: "2099-01-01T00:00:00Z" });

  it("returns the user the token names, read from the database", async () => {
    state.session = tokenFor(String(id), 1);
    t.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, id)).run();
    expect(await getCurrentUser()).toEqual({ id, email: "organizer@example.org", name: "Organizer", isPlatformAdmin: true });
  });

  it("rejects a token made before the user's sessionVersion was raised (signed out everywhere)", async () => {
    state.session = tokenFor(String(id), 1);
    t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, id)).run();
    expect(await getCurrentUser()).toBeNull();
    state.session = tokenFor(String(id), 2);
    expect(await getCurrentUser()).toMatchObject({ id });
  });

  it("returns null without a session, for a token without a version, and for a user who is gone", async () => {
    state.session = null;
    expect(await getCurrentUser()).toBeNull();
    state.session = tokenFor(String(id), undefined);
    expect(await getCurrentUser()).toBeNull();
    state.session = tokenFor("not-a-number", 1);
    expect(await getCurrentUser()).toBeNull();
    state.session = tokenFor(String(id + 1000), 1);
    expect(await getCurrentUser()).toBeNull();
  });
});
