import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, signIns, users } from "@/db/schema";
import { clientAddressHeaderValue, CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password";
import { createTestDatabase } from "../support/test-database";

// The Auth.js route handlers as scripts use them: GET /api/auth/csrf, then a
// form-encoded POST to /api/auth/callback/credentials, against a real database.
const state = vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  // As the page server (scripts/server/serve.ts) does: only its stamped header names the client.
  process.env.PODIUM_CLIENT_ADDRESS_KEY = "integration-test-key";
  return { db: undefined as Db | undefined };
});
/** The header the page server would set for a client at `address`. */
const from = (address: string) => ({
  [CLIENT_ADDRESS_HEADER]: clientAddressHeaderValue("integration-test-key", address),
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
    t.db
      .insert(users)
      .values({
        email: "organizer@example.org",
        name: "Organizer",
        passwordHash: await hashPassword("organizer password", 4),
      })
      .run();
  });
  afterAll(() => t.dispose());

  it("sets an httpOnly, SameSite=Lax session cookie for the right password and shows the user in /api/auth/session", async () => {
    const { res, jar } = await signInByScript(
      { email: "Organizer@Example.org", password: "organizer password" },
      from("192.0.2.1"),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${origin}/admin`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);

    const { handlers } = await import("@/auth");
    const session = await (
      await handlers.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie: jar.header() } }))
    ).json();
    expect(session).toMatchObject({
      user: { id: expect.any(String), email: "organizer@example.org", name: "Organizer" },
      sessionVersion: 1,
    });
    expect(JSON.stringify(session)).not.toContain("passwordHash");
  });

  it("sends a wrong password back to /signin with the generic code and no session", async () => {
    const { res } = await signInByScript(
      { email: "organizer@example.org", password: "wrong password" },
      from("192.0.2.2"),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${origin}/signin?error=CredentialsSignin&code=credentials`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("names the throttle in the code once an address has failed ten times, whatever X-Forwarded-For says", async () => {
    // A client that makes up a new X-Forwarded-For each time is still one address.
    for (let i = 0; i < 10; i++)
      await signInByScript(
        { email: `nobody${i}@example.org`, password: "guess" },
        { ...from("192.0.2.3"), "x-forwarded-for": `198.51.100.${i}` },
      );
    const { res } = await signInByScript(
      { email: "organizer@example.org", password: "organizer password" },
      { ...from("192.0.2.3"), "x-forwarded-for": "203.0.113.1" },
    );
    expect(res.headers.get("location")).toBe(`${origin}/signin?error=CredentialsSignin&code=throttled`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  }, 30_000);

  it("ends the sign-in on sign-out: a copy of the cookie taken before gets nothing afterwards", async () => {
    const { handlers } = await import("@/auth");
    const { jar } = await signInByScript(
      { email: "organizer@example.org", password: "organizer password" },
      from("192.0.2.4"),
    );
    const copied = jar.header();
    const sessionWith = async (cookie: string) =>
      (await handlers.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie } }))).json();
    expect(await sessionWith(copied)).toMatchObject({
      user: { email: "organizer@example.org" },
      signInId: expect.any(Number),
    });
    const { signInId } = (await sessionWith(copied)) as { signInId: number };

    const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`, { headers: { cookie: copied } }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const out = await handlers.POST(
      new NextRequest(`${origin}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: copied },
        body: new URLSearchParams({ csrfToken, callbackUrl: `${origin}/` }),
      }),
    );
    expect(out.status).toBe(302);
    expect(t.db.select().from(signIns).where(eq(signIns.id, signInId)).get()?.revokedAt).toBeInstanceOf(Date);
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "account.sign-out"), eq(auditLog.entityType, "user")))
        .all(),
    ).toHaveLength(1);
    // The copy still decrypts, but its sign-in is over: no session, and Auth.js clears the cookie.
    const after = await handlers.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie: copied } }));
    expect(await after.json()).toBeNull();
    expect(
      after.headers
        .getSetCookie()
        .some((c) => /^authjs\.session-token=;/.test(c) || /authjs\.session-token=.*Max-Age=0/i.test(c)),
    ).toBe(true);
  });

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
