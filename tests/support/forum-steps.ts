import { eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import type { ForumForm } from "@/db/mutations/forum-form";
import { auditLog, forums, organizations } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { forumForm, organizationsOfForum } from "./tenancy-forms";
import type { Workspace } from "./workspace-fixture";

/** What the forum tests look up and post in their workspace (support/workspace-fixture.ts); `t` is read when a step runs. */
export function forumSteps(t: { db: Db; ws: Workspace }) {
  const org = (slug: string) => t.db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  const as = (viewer: Viewer | null) => ({ db: t.db, viewer });
  const forum = (id: number) => t.db.select().from(forums).where(eq(forums.id, id)).get()!;
  const organizationsOf = (id: number) => organizationsOfForum(t.db, id);
  const lastAudit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1)!;
  const form = (changes: Partial<ForumForm> = {}): ForumForm => ({
    name: "网络视听创新论坛",
    nameEn: "Innovation Forum",
    slug: "innovation-forum",
    kind: "forum",
    theme: "",
    themeEn: "",
    description: "",
    descriptionEn: "",
    date: "2017-11-30",
    position: "3",
    organizations: JSON.stringify([
      { organizationId: org("iqiyi"), role: "organizer" },
      { organizationId: org("mango-tv"), role: "sponsor" },
    ]),
    ...changes,
  });
  /** The web drama summit as its form posts it. */
  const summitForm = (changes: Partial<ForumForm> = {}): ForumForm => ({
    ...(forumForm(t.db, t.ws.forumId) as ForumForm),
    organizations: organizationsOf(t.ws.forumId),
    ...changes,
  });
  return { org, as, forum, organizationsOf, lastAudit, form, summitForm };
}
