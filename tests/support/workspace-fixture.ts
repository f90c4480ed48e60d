import { eq } from "drizzle-orm";
import { loadViewer } from "@/db/auth/viewer";
import type { Db } from "@/db/connection";
import {
  conferenceMemberships,
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  rooms,
  sessions,
  speakers,
  users,
} from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import type { Viewer } from "@/lib/auth/permissions";

/** Every kind of person the workspace must tell apart, by name. */
export const roles = [
  "admin",
  "organizer",
  "otherOrganizer",
  "forumEditor",
  "otherForumEditor",
  "speaker",
  "noRights",
  "anonymous",
] as const;
export type Role = (typeof roles)[number];

export interface Workspace {
  viewers: Record<Role, Viewer | null>;
  conferenceId: number;
  otherConferenceId: number;
  forumId: number;
  /** A forum of the demo conference 咪咕 is no organization of (the gala, organized by 芒果TV here). */
  otherForumId: number;
  sessionId: (title: string) => number;
  roomId: (slug: string) => number;
}

/**
 * The demo conference plus a second conference, and one user per role:
 * platform admin, organizer of the demo, organizer of the other conference,
 * forum editor of the 网络剧高峰论坛 (a 咪咕 member), forum editor of another forum of the demo
 * (a 芒果TV member), 王斌 signed in to his own speaker profile, a user with
 * no rights, and nobody signed in.
 */
export async function createWorkspace(db: Db): Promise<Workspace> {
  const { conferenceId } = await seedDemo(db);
  const otherConferenceId = db
    .insert(conferences)
    .values({ slug: "other-conf", name: "Other", timeZone: "UTC", startDate: "2030-01-01", endDate: "2030-01-02" })
    .returning()
    .get().id;
  const org = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  const forumId = db.select().from(forums).where(eq(forums.slug, "web-drama-summit")).get()!.id;
  const otherForumId = db.select().from(forums).where(eq(forums.slug, "gala")).get()!.id;
  db.insert(forumOrganizations)
    .values({ forumId: otherForumId, organizationId: org("mango-tv"), role: "organizer" })
    .onConflictDoNothing()
    .run();

  const user = (email: string, extra: Partial<typeof users.$inferInsert> = {}) =>
    db
      .insert(users)
      .values({ email, name: email.split("@")[0]!, ...extra })
      .returning()
      .get().id;
  const admin = user("admin-t@podium.test", { isPlatformAdmin: true });
  const organizer = user("organizer-t@podium.test");
  db.insert(conferenceMemberships).values({ userId: organizer, conferenceId }).run();
  const otherOrganizer = user("other-organizer-t@podium.test");
  db.insert(conferenceMemberships).values({ userId: otherOrganizer, conferenceId: otherConferenceId }).run();
  const forumEditor = user("migu-t@podium.test");
  db.insert(organizationMemberships)
    .values({ userId: forumEditor, organizationId: org("migu") })
    .run();
  const otherForumEditor = user("mango-t@podium.test");
  db.insert(organizationMemberships)
    .values({ userId: otherForumEditor, organizationId: org("mango-tv") })
    .run();
  const speaker = user("wangbin-t@podium.test");
  db.update(speakers).set({ userId: speaker }).where(eq(speakers.slug, "wang-bin")).run();
  const noRights = user("nobody-t@podium.test");

  const viewers: Record<Role, Viewer | null> = {
    admin: loadViewer(db, admin),
    organizer: loadViewer(db, organizer),
    otherOrganizer: loadViewer(db, otherOrganizer),
    forumEditor: loadViewer(db, forumEditor),
    otherForumEditor: loadViewer(db, otherForumEditor),
    speaker: loadViewer(db, speaker),
    noRights: loadViewer(db, noRights),
    anonymous: null,
  };
  return {
    viewers,
    conferenceId,
    otherConferenceId,
    forumId,
    otherForumId,
    sessionId: (title) => db.select().from(sessions).where(eq(sessions.title, title)).get()!.id,
    roomId: (slug) => db.select().from(rooms).where(eq(rooms.slug, slug)).get()!.id,
  };
}
