import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../connection";
import {
  conferenceMemberships,
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  speakers,
  users,
} from "../../schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

// Demo accounts, one per kind of right, so the organizer workspace can be tried
// at once. They exist only in databases loaded with the demo; no production path
// knows this password.
export const DEMO_PASSWORD = "podium-demo";
const CONFERENCE = "china-netav-2017";

interface DemoUser {
  email: string;
  name: string;
  isPlatformAdmin?: boolean;
  /** Organizer of the demo conference (a conference_memberships row). */
  organizer?: true;
  /** Forum editor: member of the organization with this slug, one of the organizations of this forum of the demo conference. */
  forumEditor?: { forum: string; organization: string };
  /** Slug of the speaker profile this account maintains itself (as if it had accepted an invitation). */
  speaker?: string;
  /** What the account may do, for `npm start`. */
  rights: string;
}

export const demoUsers: DemoUser[] = [
  {
    email: "admin@podium.test",
    name: "Demo Admin",
    isPlatformAdmin: true,
    rights: "platform admin: every conference, organization and account",
  },
  {
    email: "organizer@podium.test",
    name: "Demo Organizer",
    organizer: true,
    rights: `organizer of ${CONFERENCE}: the whole conference`,
  },
  {
    email: "migu@podium.test",
    name: "Demo MIGU Forum Editor",
    forumEditor: { forum: "web-drama-summit", organization: "migu" },
    rights: "member of MIGU (咪咕), forum editor of the 网络剧高峰论坛: that forum and its sessions",
  },
  {
    email: "wangbin@podium.test",
    name: "王斌",
    speaker: "wang-bin",
    rights: "speaker 王斌: his own profile at /me, nothing else",
  },
];

/**
 * Adds the demo accounts that are missing, each with its membership. An account
 * that exists is left as it is (its memberships belong to the admins now).
 * Returns the number of rows inserted.
 */
export async function seedDemoUsers(db: Db, conferenceId: number): Promise<number> {
  const findUser = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  const missing = demoUsers.filter((u) => !findUser(u.email));
  if (missing.length === 0) return 0;
  // Hashing is slow and asynchronous, so it happens before the (synchronous) transaction.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction((tx) => {
    let inserted = 0;
    missing.forEach((u, i) => {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) return;
      const userId = tx
        .insert(users)
        // Demo addresses count as proved, like accounts made with npm run user:create.
        .values({
          email: u.email,
          name: u.name,
          isPlatformAdmin: u.isPlatformAdmin ?? false,
          passwordHash: hashes[i]!,
          emailVerifiedAt: new Date(),
        })
        .returning({ id: users.id })
        .get().id;
      inserted += 1;
      if (u.organizer) {
        tx.insert(conferenceMemberships).values({ userId, conferenceId, role: "organizer" }).run();
        inserted += 1;
      }
      if (u.forumEditor) {
        // The organization is the one the forum_organizations row names, not merely one with that slug.
        const forumOrganization = tx
          .select({ organizationId: forumOrganizations.organizationId })
          .from(forumOrganizations)
          .innerJoin(forums, eq(forums.id, forumOrganizations.forumId))
          .innerJoin(organizations, eq(organizations.id, forumOrganizations.organizationId))
          .where(
            and(
              eq(forums.conferenceId, conferenceId),
              eq(forums.slug, u.forumEditor.forum),
              eq(organizations.slug, u.forumEditor.organization),
            ),
          )
          .get();
        if (forumOrganization) {
          tx.insert(organizationMemberships).values({ userId, organizationId: forumOrganization.organizationId }).run();
          inserted += 1;
        }
      }
      if (u.speaker) {
        // Only a profile nobody maintains yet: an accepted invitation wins over the demo.
        const linked = tx
          .update(speakers)
          .set({ userId })
          .where(and(eq(speakers.conferenceId, conferenceId), eq(speakers.slug, u.speaker), isNull(speakers.userId)))
          .returning({ id: speakers.id })
          .get();
        if (linked) inserted += 1;
      }
    });
    return inserted;
  });
}

/**
 * The demo sign-ins that work in this database: the demo conference is there
 * and the account still has the demo password. For `npm start` to print.
 */
export async function findDemoSignIns(db: Db): Promise<{ email: string; password: string; rights: string }[]> {
  if (!db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, CONFERENCE)).get()) return [];
  const found = [];
  for (const u of demoUsers) {
    const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, u.email)).get();
    if (row?.passwordHash && (await verifyPassword(DEMO_PASSWORD, row.passwordHash)))
      found.push({ email: u.email, password: DEMO_PASSWORD, rights: u.rights });
  }
  return found;
}
