import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import {
  conferenceMemberships,
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  speakers,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { roles, type Role } from "../support/workspace-fixture";
import { postSignIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const PASSWORD = "podium-route-test";

// Every workspace route, requested over HTTP as every role: the page renders, or it is
// "not found" (the workspace does not reveal what a person may not see), or — signed
// out — the visitor is sent to sign in. A speaker has no workspace: his place is /me.
const all: Role[] = ["admin", "organizer", "otherOrganizer", "forumEditor", "otherForumEditor", "speaker", "noRights"];
const workspaceHome: Role[] = all.filter((role) => role !== "speaker");
const conferenceReaders: Role[] = ["admin", "organizer", "forumEditor", "otherForumEditor"];
const organizers: Role[] = ["admin", "organizer"];

type Outcome = "page" | "not-found" | "sign-in" | "to-me";

const routes: Array<{ path: string; allowed: Role[]; otherwise?: Partial<Record<Role, Outcome>> }> = [
  { path: "/me", allowed: all },
  { path: "/admin", allowed: workspaceHome, otherwise: { speaker: "to-me" } },
  {
    path: "/admin/organizations",
    allowed: ["admin", "organizer", "otherOrganizer", "forumEditor", "otherForumEditor"],
  },
  { path: "/admin/conferences/new", allowed: ["admin"] },
  { path: "/admin/china-netav-2017", allowed: conferenceReaders },
  { path: "/admin/china-netav-2017/schedule", allowed: conferenceReaders },
  { path: "/admin/china-netav-2017/sessions", allowed: conferenceReaders },
  { path: "/admin/china-netav-2017/forums", allowed: conferenceReaders },
  { path: "/admin/china-netav-2017/speakers", allowed: conferenceReaders },
  { path: "/admin/china-netav-2017/forums/new", allowed: organizers },
  { path: "/admin/china-netav-2017/rooms", allowed: organizers },
  { path: "/admin/china-netav-2017/tracks", allowed: organizers },
  { path: "/admin/china-netav-2017/publish", allowed: organizers },
  { path: "/admin/china-netav-2017/log", allowed: organizers },
  { path: "/admin/china-netav-2017/import", allowed: organizers },
  { path: "/admin/china-netav-2017/settings", allowed: organizers },
  { path: "/admin/china-netav-2017/organizers", allowed: organizers },
  { path: "/admin/china-netav-2017/webhooks", allowed: organizers },
  { path: "/admin/china-netav-2017/outbox", allowed: conferenceReaders },
  { path: "/admin/e2e-routes-other", allowed: ["admin", "otherOrganizer"] },
];

async function signIn(email: string): Promise<string> {
  const { response } = await postSignIn(baseURL, email, PASSWORD);
  const session = response.headers.getSetCookie().find((l) => l.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session.split(";")[0]!;
}

async function outcome(path: string, cookie: string | null): Promise<Outcome> {
  const res = await fetch(baseURL + path, { headers: { "accept-language": "zh-CN", ...(cookie ? { cookie } : {}) } });
  const html = await res.text();
  // A conference's pages answer a real 404 status to whoever may not open them (the proxy decides before streaming).
  if (res.status === 404) return "not-found";
  if (/^\/admin\/(?!organizations)[^/]+/.test(path) && html.includes("NEXT_HTTP_ERROR_FALLBACK;404"))
    throw new Error(`${path} said not found with status ${res.status}`);
  // Inside a streamed page, notFound() and redirect() arrive as error digests the client acts on.
  if (html.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return "not-found";
  // Signed out, the proxy redirects to sign in before any page renders (fetch follows it).
  if (res.redirected && new URL(res.url).pathname === "/signin") {
    if (new URL(res.url).searchParams.get("callbackUrl") !== path) throw new Error(`${path} lost its way back`);
    return "sign-in";
  }
  if (
    /NEXT_REDIRECT;(?:push|replace);\/me;\d{3};/.test(html) ||
    (res.redirected && new URL(res.url).pathname === "/me")
  )
    return "to-me";
  if (res.status === 200 && html.includes(">已登录：")) return "page";
  throw new Error(`unexpected answer for ${path}: ${res.status}`);
}

describe("workspace routes by role", () => {
  let db: Db;
  const cookies = {} as Record<Role, string | null>;
  beforeAll(async () => {
    db = openDatabase(inject("databaseFile"));
    const passwordHash = await hashPassword(PASSWORD, 4);
    const user = (email: string, extra: Partial<typeof users.$inferInsert> = {}) =>
      db
        .insert(users)
        .values({ email, name: email.split("@")[0]!, passwordHash, ...extra })
        .returning()
        .get().id;
    const demo = db.select().from(conferences).where(eq(conferences.slug, "china-netav-2017")).get()!.id;
    const other = db
      .insert(conferences)
      .values({
        slug: "e2e-routes-other",
        name: "Routes other",
        timeZone: "UTC",
        startDate: "2031-02-01",
        endDate: "2031-02-01",
      })
      .returning()
      .get().id;
    const org = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
    const gala = db.select().from(forums).where(eq(forums.slug, "gala")).get()!.id;
    db.insert(forumOrganizations)
      .values({ forumId: gala, organizationId: org("iqiyi"), role: "sponsor" })
      .onConflictDoNothing()
      .run();

    db.insert(users)
      .values({ email: "routes-admin@podium.test", name: "a", passwordHash, isPlatformAdmin: true })
      .run();
    db.insert(conferenceMemberships)
      .values({ userId: user("routes-organizer@podium.test"), conferenceId: demo })
      .run();
    db.insert(conferenceMemberships)
      .values({ userId: user("routes-other@podium.test"), conferenceId: other })
      .run();
    db.insert(organizationMemberships)
      .values({ userId: user("routes-migu@podium.test"), organizationId: org("migu") })
      .run();
    db.insert(organizationMemberships)
      .values({ userId: user("routes-iqiyi@podium.test"), organizationId: org("iqiyi") })
      .run();
    user("routes-nobody@podium.test");
    // 王琴: a profile no other test touches (王斌 is the demo account's, 王蓓蓓 the self-service test's).
    const linked = db
      .update(speakers)
      .set({ userId: user("routes-speaker@podium.test") })
      .where(and(eq(speakers.slug, "wang-qin"), isNull(speakers.userId)))
      .returning()
      .get();
    if (!linked) throw new Error("王琴 is already linked to an account");
    const emails: Record<Exclude<Role, "anonymous">, string> = {
      admin: "routes-admin@podium.test",
      organizer: "routes-organizer@podium.test",
      otherOrganizer: "routes-other@podium.test",
      forumEditor: "routes-migu@podium.test",
      otherForumEditor: "routes-iqiyi@podium.test",
      speaker: "routes-speaker@podium.test",
      noRights: "routes-nobody@podium.test",
    };
    for (const [role, email] of Object.entries(emails)) cookies[role as Role] = await signIn(email);
    cookies.anonymous = null;
  });
  afterAll(() => db?.$client.close());

  for (const route of routes) {
    for (const role of roles) {
      const expected: Outcome =
        role === "anonymous"
          ? "sign-in"
          : route.allowed.includes(role)
            ? "page"
            : (route.otherwise?.[role] ?? "not-found");
      it(`${route.path} as ${role} → ${expected}`, async () => {
        expect(await outcome(route.path, cookies[role])).toBe(expected);
      });
    }
  }
});
