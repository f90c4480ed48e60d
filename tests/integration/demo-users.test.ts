import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/db/auth/sign-in";
import { loadViewer } from "@/db/auth/viewer";
import {
  conferenceMemberships,
  conferences,
  organizationMemberships,
  organizations,
  speakers,
  users,
} from "@/db/schema";
import { DEMO_PASSWORD, findDemoSignIns } from "@/db/seed/demo/users";
import { seedDemo } from "@/db/seed/seed-demo";
import { scratchDemo } from "../support/scratch-database";
import { createTestDatabase } from "../support/test-database";

describe("the demo seed's sign-ins", () => {
  const t = scratchDemo();

  const userId = (email: string) => t.db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;

  it("creates exactly the four demo accounts", () => {
    const rows = t.db
      .select({ email: users.email, isPlatformAdmin: users.isPlatformAdmin })
      .from(users)
      .orderBy(users.email)
      .all();
    expect(rows).toEqual([
      { email: "admin@podium.test", isPlatformAdmin: true },
      { email: "migu@podium.test", isPlatformAdmin: false },
      { email: "organizer@podium.test", isPlatformAdmin: false },
      { email: "wangbin@podium.test", isPlatformAdmin: false },
    ]);
  });

  it("links wangbin@ to 王斌's speaker profile and to nothing else", () => {
    const viewer = loadViewer(t.db, userId("wangbin@podium.test"));
    const wangBin = t.db.select({ id: speakers.id }).from(speakers).where(eq(speakers.slug, "wang-bin")).get()!;
    expect(viewer).toMatchObject({ speakerIds: new Set([wangBin.id]), isPlatformAdmin: false });
    expect([...viewer!.organizerOf, ...viewer!.memberOf]).toEqual([]);
  });

  it("makes organizer@ the organizer of china-netav-2017 and migu@ a forum editor of the web drama summit (a member of its organization)", () => {
    const conference = t.db
      .select({ id: conferences.id })
      .from(conferences)
      .where(eq(conferences.slug, "china-netav-2017"))
      .get()!;
    expect(t.db.select().from(conferenceMemberships).all()).toEqual([
      {
        userId: userId("organizer@podium.test"),
        conferenceId: conference.id,
        role: "organizer",
        createdAt: expect.any(Date),
      },
    ]);
    const migu = t.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, "migu")).get()!;
    expect(
      t.db
        .select({ userId: organizationMemberships.userId, organizationId: organizationMemberships.organizationId })
        .from(organizationMemberships)
        .all(),
    ).toEqual([{ userId: userId("migu@podium.test"), organizationId: migu.id }]);
  });

  it("lets each of them sign in with the demo password", async () => {
    for (const email of ["admin@podium.test", "organizer@podium.test", "migu@podium.test", "wangbin@podium.test"]) {
      expect(await authenticate(t.db, { email, password: DEMO_PASSWORD }, { address: "127.0.0.1" })).toMatchObject({
        email,
      });
    }
  });

  it("have confirmed addresses, so organizer rights may be granted to them by email", () => {
    expect(
      t.db
        .select({ email: users.email, at: users.emailVerifiedAt })
        .from(users)
        .all()
        .filter((u) => !u.at),
    ).toEqual([]);
  });

  it("adds nothing the second time, and does not bring back a membership an admin removed", async () => {
    t.db.delete(conferenceMemberships).run();
    const before = t.db.select().from(users).all();
    expect((await seedDemo(t.db)).inserted).toBe(0);
    expect(t.db.select().from(users).all()).toEqual(before);
    expect(t.db.select().from(conferenceMemberships).all()).toEqual([]);
  });

  it("lists for npm start only the demo sign-ins that still work", async () => {
    expect((await findDemoSignIns(t.db)).map((s) => s.email)).toEqual([
      "admin@podium.test",
      "organizer@podium.test",
      "migu@podium.test",
      "wangbin@podium.test",
    ]);
    t.db.update(users).set({ passwordHash: null }).where(eq(users.email, "admin@podium.test")).run();
    t.db.delete(users).where(eq(users.email, "migu@podium.test")).run();
    t.db.delete(users).where(eq(users.email, "wangbin@podium.test")).run();
    expect(await findDemoSignIns(t.db)).toEqual([
      { email: "organizer@podium.test", password: "podium-demo", rights: expect.stringContaining("organizer") },
    ]);
  });
});

describe("a database without the demo", () => {
  it("has no demo sign-ins to print", async () => {
    const t = await createTestDatabase();
    expect(t.db.select().from(users).all()).toEqual([]);
    expect(await findDemoSignIns(t.db)).toEqual([]);
    t.dispose();
  });
});
