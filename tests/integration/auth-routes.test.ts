import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "../support/test-database";

// The Auth.js route handlers as scripts use them: GET /api/auth/csrf, then a
// form-encoded POST to /api/auth/callback/credentials, against a real database.
const state = vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  return { db: undefined as Db | undefined };
});
vi.mock("@/db", () => ({ getDb: () => state.db }));

const origin = "http://localhost:3000";

function cookieJar() {
  const jar = new Map<string, string>();
  return {
    take(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const [name, ...value] = pair!.split("=");
        jar.set(name!.trim(), value.join("="));
      }
    },
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
  };
}

async function signInByScript(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const { handlers } = await import("@/auth");
  const jar = cookieJar();
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await handlers.POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${origin}/admin`, ...fields }),
    }),
  );
  jar.take(res);
  return { res, jar };
}

describe("signing in through /api/auth", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
    t.db.insert(users).values({ email: "organizer@example.org", name: "Organizer", passwordHash: await hashPassword("organizer password", 4) }).run();
  });
  afterAll(() => t.dispose());

  it("sets an httpOnly, SameSite=Lax session cookie for the right password and shows the user in /api/auth/session", async () => {
    const { res, jar } = await signInByScript({ email: "Organizer@Example.org", password: "organizer password" }, { "x-forwarded-for": "192.0.2.1" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${origin}/admin`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);

    const { handlers } = await import("@/auth");
    const session = await (await handlers.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie: jar.header() } }))).json();
    expect(session).toMatchObject({ user: { id: expect.any(String), email: "organizer@example.org", name: "Organizer" }, sessionVersion: 1 });
    expect(JSON.stringify(session)).not.toContain("passwordHash");
  });

  it("sends a wrong password back to /signin with the generic code and no session", async () => {
    const { res } = await signInByScript({ email: "organizer@example.org", password: "wrong password" }, { "x-forwarded-for": "192.0.2.2" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${origin}/signin?error=CredentialsSignin&code=credentials`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("names the throttle in the code once an address has failed ten times", async () => {
    for (let i = 0; i < 10; i++) await signInByScript({ email: `nobody${i}@example.org`, password: "guess" }, { "x-forwarded-for": "192.0.2.3" });
    const { res } = await signInByScript({ email: "organizer@example.org", password: "organizer password" }, { "x-forwarded-for": "192.0.2.3, 10.0.0.1" });
    expect(res.headers.get("location")).toBe(`${origin}/signin?error=CredentialsSignin&code=throttled`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  }, 30_000);

  it("refuses a POST without the CSRF token", async () => {
    const { handlers } = await import("@/auth");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await handlers.POST(
      new NextRequest(`${origin}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "organizer@example.org", password: "organizer password" }),
      }),
    );
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
    expect(res.headers.get("location")).toMatch(/error=MissingCSRF/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
