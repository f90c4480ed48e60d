import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { signIns, users } from "@/db/schema";
import { scratchDatabase } from "../support/scratch-database";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined, session: null as unknown }));
vi.mock("@/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
// Outside Next.js there is no request for connection() to wait for.
vi.mock("next/server", () => ({ connection: async () => {} }));

const { getViewer } = await import("@/db/auth/current-viewer");
const { SIGN_IN_MAX_AGE_MS, endSignIn, startSignIn, signOutEverywhere } = await import("@/db/auth/sign-ins");
const { loadViewer } = await import("@/db/auth/viewer");

describe("getViewer", () => {
  const t = scratchDatabase();
  let id: number;
  let otherId: number;
  beforeAll(() => {
    state.db = t.db;
    id = t.db
      .insert(users)
      .values({ email: "organizer@example.org", name: "Organizer", passwordHash: "x" })
      .returning()
      .get().id;
    otherId = t.db
      .insert(users)
      .values({ email: "other@example.org", name: "Other", passwordHash: "x" })
      .returning()
      .get().id;
  });
  beforeEach(() => {
    t.db.update(users).set({ sessionVersion: 1, isPlatformAdmin: false }).run();
    t.db.delete(signIns).run();
  });

  /** Signing out needs no viewer: the token's claim is the right. */
  const anyone = () => ({ db: t.db, viewer: null });
  const signIn = (userId = id, now = new Date()) =>
    startSignIn(t.db, { userId, address: "192.0.2.1", userAgent: "test" }, now);
  const tokenFor = (userId: unknown, sessionVersion: unknown, signInId: unknown) => ({
    user: { id: userId, email: "stale@example.org" },
    sessionVersion,
    signInId,
    expires: "2099-01-01T00:00:00Z",
  });

  it("returns the viewer the token names, with their rights, read from the database", async () => {
    state.session = tokenFor(String(id), 1, signIn());
    t.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, id)).run();
    expect(await getViewer()).toEqual({
      userId: id,
      email: "organizer@example.org",
      name: "Organizer",
      isPlatformAdmin: true,
      organizerOf: new Set(),
      memberOf: new Set(),
      speakerIds: new Set(),
    });
  });

  it("rejects a token whose sign-in was ended by signing out", async () => {
    const signInId = signIn();
    state.session = tokenFor(String(id), 1, signInId);
    expect(endSignIn(anyone(), { userId: id, signInId })).toEqual({ ok: true, value: true });
    expect(await getViewer()).toBeNull();
    // Ending it twice changes nothing.
    expect(endSignIn(anyone(), { userId: id, signInId })).toEqual({ ok: true, value: false });
  });

  it("rejects every token of the account after signing out everywhere, and only of that account", async () => {
    const mine = [signIn(), signIn()];
    const theirs = signIn(otherId);
    expect(signOutEverywhere({ db: t.db, viewer: loadViewer(t.db, id) })).toEqual({ ok: true, value: 2 });
    for (const signInId of mine) {
      state.session = tokenFor(String(id), 1, signInId);
      expect(await getViewer()).toBeNull();
    }
    state.session = tokenFor(String(otherId), 1, theirs);
    expect(await getViewer()).toMatchObject({ userId: otherId });
    expect(t.db.select().from(users).where(eq(users.id, id)).get()?.sessionVersion).toBe(2);
  });

  it("rejects a token made before the user's sessionVersion was raised", async () => {
    const signInId = signIn();
    state.session = tokenFor(String(id), 1, signInId);
    t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, id)).run();
    expect(await getViewer()).toBeNull();
  });

  it("rejects an expired sign-in, and one that names another account", async () => {
    state.session = tokenFor(String(id), 1, signIn(id, new Date(Date.now() - SIGN_IN_MAX_AGE_MS - 1000)));
    expect(await getViewer()).toBeNull();
    state.session = tokenFor(String(id), 1, signIn(otherId));
    expect(await getViewer()).toBeNull();
  });

  it("extends a sign-in that is used, at most once an hour", async () => {
    const start = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const signInId = signIn(id, start);
    state.session = tokenFor(String(id), 1, signInId);
    expect(await getViewer()).toMatchObject({ userId: id });
    const row = t.db.select().from(signIns).where(eq(signIns.id, signInId)).get()!;
    expect(row.lastSeenAt!.getTime()).toBeGreaterThan(start.getTime());
    expect(row.expiresAt.getTime() - row.lastSeenAt!.getTime()).toBe(SIGN_IN_MAX_AGE_MS);
    await getViewer();
    expect(t.db.select().from(signIns).where(eq(signIns.id, signInId)).get()!.lastSeenAt).toEqual(row.lastSeenAt);
  });

  it("forgets an account's sign-ins that ended more than 30 days after they began, when it signs in again", () => {
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    const ended = signIn(id, old);
    endSignIn({ ...anyone(), now: old }, { userId: id, signInId: ended });
    const stillLive = signIn(id, new Date(Date.now() - 29 * 24 * 60 * 60 * 1000));
    const theirs = signIn(otherId, old);
    endSignIn({ ...anyone(), now: old }, { userId: otherId, signInId: theirs });
    signIn();
    const left = t.db
      .select({ id: signIns.id })
      .from(signIns)
      .all()
      .map((r) => r.id);
    expect(left).not.toContain(ended);
    expect(left).toContain(stillLive);
    expect(left).toContain(theirs);
  });

  it("returns null without a session, for a token without a version or sign-in, and for a user who is gone", async () => {
    const signInId = signIn();
    state.session = null;
    expect(await getViewer()).toBeNull();
    state.session = tokenFor(String(id), undefined, signInId);
    expect(await getViewer()).toBeNull();
    // A token from before sign-in rows existed: its holder signs in again.
    state.session = tokenFor(String(id), 1, undefined);
    expect(await getViewer()).toBeNull();
    state.session = tokenFor("not-a-number", 1, signInId);
    expect(await getViewer()).toBeNull();
    state.session = tokenFor(String(id + 1000), 1, signInId);
    expect(await getViewer()).toBeNull();
  });
});
