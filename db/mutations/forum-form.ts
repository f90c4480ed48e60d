import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import type { AuditEntry } from "../audit";
import { assertCanEnterConference } from "../auth/viewer";
import { listForumOrganizations } from "../queries/forums";
import { forums, type Forum } from "../schema";
import { forumInsertSchema, localDateSchema } from "../validation";
import { jsonRows, noRepeatedRole, type FormInput } from "@/lib/admin/form-input";
import { fieldChanges, type FieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { pairWithEnglish } from "@/lib/domain/translations";
import { forumKinds, forumOrganizationRoles, type ForumOrganizationRole } from "@/lib/domain/vocabulary";
import { slugSchema } from "@/lib/slug";
import { deletedChanges, optionalText, positionSchema } from "./form-fields";

// What the forum form posts, and what saving and deleting a forum share: who may touch
// it, its organizations, and the audit's view of it.

const forumOrganizationRow = z.object({
  organizationId: z.coerce.number("chooseOne").int("chooseOne").positive("chooseOne"),
  role: z.enum(forumOrganizationRoles),
});

export const forumFormSchema = z.object({
  name: forumInsertSchema.shape.name,
  nameEn: optionalText(200),
  slug: slugSchema,
  kind: z.enum(forumKinds),
  theme: optionalText(300),
  themeEn: optionalText(300),
  description: optionalText(20_000),
  descriptionEn: optionalText(20_000),
  date: localDateSchema,
  position: positionSchema,
  organizations: jsonRows(forumOrganizationRow, 20).superRefine(noRepeatedRole("organizationId")),
});
export type ForumForm = FormInput<typeof forumFormSchema>;

/** What a forum's editors may change: its words. */
export const forumWordsSchema = forumFormSchema.pick({
  name: true,
  nameEn: true,
  theme: true,
  themeEn: true,
  description: true,
  descriptionEn: true,
});

export type ForumOrganizationWithName = { organizationId: number; role: ForumOrganizationRole; name: string };

export function organizationsOf(db: Conn, forumId: number): ForumOrganizationWithName[] {
  return listForumOrganizations(db, [forumId]).map(({ organizationId, role, name }) => ({
    organizationId,
    role,
    name,
  }));
}

export const organizationsKey = (rows: ReadonlyArray<{ organizationId: number; role: string }>) =>
  JSON.stringify(rows.map((r) => [r.organizationId, r.role]));

/** A forum as its form shows it; the audit log keeps these fields, organizations as readable lines. */
function forumView(forum: Forum, rows: ForumOrganizationWithName[]) {
  return {
    slug: forum.slug,
    kind: forum.kind,
    ...pairWithEnglish(forum, ["name", "theme", "description"]),
    date: forum.date,
    position: forum.position,
    organizations: rows.map((o) => `${o.name} (${o.role})`),
  };
}
type ForumView = ReturnType<typeof forumView>;
const viewFields = Object.keys(forumView({ translations: {} } as Forum, [])) as Array<keyof ForumView>;

/** A forum's state before and after a write, as the audit log says it (null for none: created or deleted). */
export interface ForumState {
  forum: Forum;
  organizations: ForumOrganizationWithName[];
}

export function forumAudit(
  action: "forum.create" | "forum.update" | "forum.delete",
  before: ForumState | null,
  after: ForumState | null,
): AuditEntry {
  const forum = (after ?? before)!.forum;
  const view = (s: ForumState) => forumView(s.forum, s.organizations);
  const changes: FieldChanges = after
    ? fieldChanges(before ? view(before) : ({} as ForumView), view(after), viewFields)
    : deletedChanges(view(before!), viewFields);
  return {
    conferenceId: forum.conferenceId,
    action,
    entityType: "forum",
    entityId: forum.id,
    changes,
    details: { title: forum.name },
  };
}

/**
 * Checks that the viewer may edit this forum of the conference (organizers, and the forum's
 * editors) and loads it with its organizations; null when the conference has no such forum.
 */
export function authorizeForumEdit(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  forumId: number,
): ForumState | null {
  const scopes = assertCanEnterConference(db, viewer, conferenceId);
  const scope = scopes.get(forumId);
  if (!scope) return null;
  assertCan(viewer, { action: "forum.edit", forum: scope });
  const forum = db.select().from(forums).where(eq(forums.id, forumId)).get();
  return forum ? { forum, organizations: organizationsOf(db, forumId) } : null;
}
