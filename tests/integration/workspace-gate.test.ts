import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { organizations, users } from "@/db/schema";
import { workspacePathCheck } from "@/lib/routing/workspace-paths";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("@/db", () => ({ getDb: () => state.db }));

const { workspaceAnswer } = await import("@/db/auth/workspace-gate");
const { startSignIn } = await import("@/db/auth/sign-ins");

const SECRET = "workspace-gate-test-secret-0123456789";
const COOKIE = "authjs.session-token";

describe("the proxy's answer for workspace pages", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  const previous = process.env.AUTH_SECRET;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    ws = await createWorkspace(t.db);
    process.env.AUTH_SECRET = SECRET;
  });
  afterAll(() => {
    process.env.AUTH_SECRET = previous;
    t.dispose();
  });

  /** The cookie a browser holds after signing in as this role. */
  async function cookieOf(role: keyof Workspace["viewers"]) {
    const userId = ws.viewers[role]!.userId;
    const { sessionVersion } = t.db.select().from(users).where(eq(users.id, userId)).get()!;
    const signInId = startSignIn(t.db, { userId, address: "192.0.2.1", userAgent: "test" }, new Date());
    const token = await encode({
      token: { sub: String(userId), sessionVersion, signInId },
      secret: SECRET,
      salt: COOKIE,
    });
    return new Headers({ cookie: `${COOKIE}=${token}` });
  }
  const answer = (headers: Headers, path: string) =>
    workspaceAnswer(headers, workspacePathCheck(path.split("/").slice(1))!);

  it("gives a forum editor a 404 for an organizer's page of their conference, and its other pages", async () => {
    const editor = await cookieOf("forumEditor");
    for (const section of [
      "publish",
      "log",
      "rooms",
      "tracks",
      "organizers",
      "settings",
      "import",
      "webhooks",
      "forums/new",
    ])
      expect(await answer(editor, `/admin/china-netav-2017/${section}`), section).toBe("notFound");
    for (const section of ["", "/schedule", "/sessions", "/sessions/new", "/forums", "/forums/3", "/speakers"])
      expect(await answer(editor, `/admin/china-netav-2017${section}`), section).toBe("allowed");
    expect(await answer(editor, "/admin/conferences/new")).toBe("notFound");
  });

  it("lets organizers in, keeps other tenants out, and sends signed-out visitors to sign in", async () => {
    expect(await answer(await cookieOf("organizer"), "/admin/china-netav-2017/log")).toBe("allowed");
    expect(await answer(await cookieOf("otherOrganizer"), "/admin/china-netav-2017/schedule")).toBe("notFound");
    expect(await answer(await cookieOf("admin"), "/admin/conferences/new")).toBe("allowed");
    expect(await answer(new Headers(), "/admin/china-netav-2017/log")).toBe("signedOut");
    expect(await answer(new Headers({ cookie: `${COOKIE}=forged` }), "/admin/china-netav-2017/log")).toBe("signedOut");
  });

  it("gives an organization's edit page only to those who may edit it", async () => {
    const migu = t.db.select().from(organizations).where(eq(organizations.slug, "migu")).get()!;
    expect(await answer(await cookieOf("forumEditor"), `/admin/organizations/${migu.id}`)).toBe("allowed");
    expect(await answer(await cookieOf("admin"), `/admin/organizations/${migu.id}`)).toBe("allowed");
    expect(await answer(await cookieOf("otherForumEditor"), `/admin/organizations/${migu.id}`)).toBe("notFound");
    expect(await answer(await cookieOf("forumEditor"), "/admin/organizations/999999")).toBe("notFound");
  });

  it("asks only for a sign-in on the pages that are not a conference's, and unknown ones; nothing of other paths", async () => {
    for (const path of [
      "/admin",
      "/admin/organizations",
      "/admin/organizations/new",
      "/admin/china-netav-2017/nope",
      "/me",
    ]) {
      expect(workspacePathCheck(path.split("/").slice(1)), path).toEqual({ kind: "signedIn" });
      expect(await answer(await cookieOf("otherForumEditor"), path), path).toBe("allowed");
      expect(await answer(new Headers(), path), path).toBe("signedOut");
    }
    for (const path of ["/me/x", "/china-netav-2017/admin", "/signin", "/invite/abc"])
      expect(workspacePathCheck(path.split("/").slice(1)), path).toBeNull();
  });
});
