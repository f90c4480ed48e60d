import { and, count, countDistinct, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import type { AuditAction } from "@/lib/audit/actions";
import {
  conferences,
  forumOrganizations,
  forums,
  organizationMemberships,
  organizations,
  speakers,
  type Organization,
} from "../schema";
import { organizationInsertSchema } from "../validation";
import { wouldCycle } from "@/lib/admin/organization-tree";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, can, isOrganizer, type Viewer, type OrganizationScope } from "@/lib/auth/permissions";
import {
  deletedChanges,
  invalidField,
  invalidForm,
  optionalText,
  webAddressSchema,
  withTranslation,
  type FormText,
  type Invalid,
} from "./form-fields";
import type { WriteResult } from "./write-result";

export const organizationFormSchema = organizationInsertSchema.pick({ name: true, slug: true }).extend({
  nameEn: optionalText(200),
  shortName: optionalText(60).transform((v) => v || null),
  website: webAddressSchema,
  parentId: z
    .string()
    .trim()
    .default("")
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: "Choose an organization from the list, or none" });
        return z.NEVER;
      }
      return n;
    }),
});
export type OrganizationForm = FormText<typeof organizationFormSchema>;

const editable = ["name", "shortName", "slug", "website", "parentId", "translations"] as const;

// Organizations are shared by every conference, so their audit entries belong to none.
const audit = (
  t: Db,
  viewer: Viewer,
  action: AuditAction,
  organization: Pick<Organization, "id" | "name">,
  changes: ReturnType<typeof fieldChanges>,
) =>
  recordAudit(t, {
    userId: viewer.userId,
    conferenceId: null,
    action,
    entityType: "organization",
    entityId: organization.id,
    changes,
    details: { title: organization.name },
  });

/** What decides who may edit an organization; null when there is none with that id. */
export function loadOrganizationScope(db: Db, organizationId: number): OrganizationScope | null {
  const row = db
    .select({ id: organizations.id, createdByUserId: organizations.createdByUserId })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  if (!row) return null;
  const members = db
    .select({ n: count() })
    .from(organizationMemberships)
    .where(eq(organizationMemberships.organizationId, organizationId))
    .get()!.n;
  return { ...row, hasMembers: members > 0 };
}

/** Organizers may add an organization; changing or deleting one is for its members and platform admins (see organization.edit). */
function authorize(db: Db, viewer: Viewer | null, organizationId: number | null): asserts viewer is Viewer {
  if (organizationId === null) return assertCan(viewer, { action: "organization.create" });
  assertCan(viewer, { action: "organization.manage" });
  const scope = loadOrganizationScope(db, organizationId);
  // An unknown id is "not found" only for those who could have edited it (platform admins).
  assertCan(viewer, {
    action: "organization.edit",
    organization: scope ?? { id: organizationId, createdByUserId: null, hasMembers: true },
  });
}

/** Creates or updates an organization. Slugs are unique; a parent may not be the organization itself or one of its descendants. */
export function saveOrganization(
  db: Db,
  viewer: Viewer | null,
  organizationId: number | null,
  input: OrganizationForm,
): WriteResult<Organization> | Invalid {
  authorize(db, viewer, organizationId);
  const parsed = organizationFormSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error);
  const { nameEn, ...fields } = parsed.data;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const clash = t
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(eq(organizations.slug, fields.slug), organizationId ? ne(organizations.id, organizationId) : undefined),
      )
      .get();
    if (clash) return invalidField("slug", "Another organization has that slug.");
    if (fields.parentId !== null) {
      const parentOf = new Map(
        t
          .select({ id: organizations.id, parentId: organizations.parentId })
          .from(organizations)
          .all()
          .map((o) => [o.id, o.parentId]),
      );
      if (!parentOf.has(fields.parentId)) return invalidField("parentId", "That parent organization no longer exists.");
      if (organizationId !== null && wouldCycle(parentOf, organizationId, fields.parentId)) {
        return invalidField("parentId", "An organization cannot sit under itself or one of its own sub-organizations.");
      }
    }
    if (organizationId === null) {
      const organization = t
        .insert(organizations)
        .values({ ...fields, createdByUserId: viewer.userId, translations: withTranslation({}, "en", "name", nameEn) })
        .returning()
        .get();
      audit(t, viewer, "organization.create", organization, fieldChanges({} as Organization, organization, editable));
      return { ok: true, value: organization } as const;
    }
    const before = t.select().from(organizations).where(eq(organizations.id, organizationId)).get();
    if (!before) return { ok: false, reason: "not-found" } as const;
    const organization = t
      .update(organizations)
      .set({ ...fields, translations: withTranslation(before.translations, "en", "name", nameEn) })
      .where(eq(organizations.id, organizationId))
      .returning()
      .get();
    audit(t, viewer, "organization.update", organization, fieldChanges(before, organization, editable));
    return { ok: true, value: organization } as const;
  });
}

/** The first three of a list, and "…" when there are more. */
const firstThree = (labels: string[]) => `${labels.slice(0, 3).join(", ")}${labels.length > 3 ? ", …" : ""}`;

/**
 * Deletes an organization, refusing while anything still points at it and
 * saying what: forums it is an organization of, speakers, members, sub-organizations. The
 * organization is shared, so the refusal names only what the viewer may see:
 * forums of conferences they organize, and counts for the rest (never a member's email).
 */
export function deleteOrganization(db: Db, viewer: Viewer | null, organizationId: number): WriteResult<null> {
  authorize(db, viewer, organizationId);
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const organization = t.select().from(organizations).where(eq(organizations.id, organizationId)).get();
    if (!organization) return { ok: false, reason: "not-found" } as const;
    const itsForums = t
      .selectDistinct({ id: forums.id, name: forums.name, conference: conferences.slug, conferenceId: conferences.id })
      .from(forumOrganizations)
      .innerJoin(forums, eq(forums.id, forumOrganizations.forumId))
      .innerJoin(conferences, eq(conferences.id, forums.conferenceId))
      .where(eq(forumOrganizations.organizationId, organizationId))
      .all();
    const speakerCount = t
      .select({ n: count() })
      .from(speakers)
      .where(eq(speakers.organizationId, organizationId))
      .get()!.n;
    const memberCount = t
      .select({ n: count() })
      .from(organizationMemberships)
      .where(eq(organizationMemberships.organizationId, organizationId))
      .get()!.n;
    const children = t
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.parentId, organizationId))
      .all();
    const visible = itsForums.filter((f) => isOrganizer(viewer, f.conferenceId));
    const reasons = [
      itsForums.length
        ? `is an organization of ${itsForums.length} forum(s)${visible.length ? `: ${firstThree(visible.map((f) => `“${f.name}” (${f.conference})`))}` : ""}`
        : null,
      speakerCount ? `is the organization of ${speakerCount} speaker profile(s)` : null,
      memberCount ? `has ${memberCount} member(s)` : null,
      children.length
        ? `has ${children.length} sub-organization(s): ${firstThree(children.map((c) => `“${c.name}”`))}`
        : null,
    ].filter((r): r is string => r !== null);
    if (reasons.length > 0) {
      return {
        ok: false,
        reason: "invalid",
        message: `“${organization.name}” is still in use: it ${reasons.join("; it ")}. Remove these links first.`,
      } as const;
    }
    t.delete(organizations).where(eq(organizations.id, organizationId)).run();
    audit(t, viewer, "organization.delete", organization, deletedChanges(organization, editable));
    return { ok: true, value: null } as const;
  });
}

export type OrganizationRow = Organization & {
  parentName: string | null;
  forumCount: number;
  speakerCount: number;
  memberCount: number;
  childCount: number;
  editable: boolean;
};

/** Every organization with its parent's name, what refers to it, and whether the viewer may edit it. Platform admins, organizers and members of organizations. */
export function listOrganizations(db: Db, viewer: Viewer | null): OrganizationRow[] {
  assertCan(viewer, { action: "organization.manage" });
  const tally = (rows: Array<{ id: number | null; n: number }>) => new Map(rows.map((r) => [r.id, r.n]));
  const forumCounts = tally(
    db
      .select({ id: forumOrganizations.organizationId, n: countDistinct(forumOrganizations.forumId) })
      .from(forumOrganizations)
      .groupBy(forumOrganizations.organizationId)
      .all(),
  );
  const speakerCounts = tally(
    db.select({ id: speakers.organizationId, n: count() }).from(speakers).groupBy(speakers.organizationId).all(),
  );
  const memberCounts = tally(
    db
      .select({ id: organizationMemberships.organizationId, n: count() })
      .from(organizationMemberships)
      .groupBy(organizationMemberships.organizationId)
      .all(),
  );
  const all = db.select().from(organizations).all();
  const names = new Map(all.map((o) => [o.id, o.name]));
  const childCounts = new Map<number, number>();
  for (const o of all) if (o.parentId !== null) childCounts.set(o.parentId, (childCounts.get(o.parentId) ?? 0) + 1);
  return all.map((o) => ({
    ...o,
    parentName: o.parentId === null ? null : (names.get(o.parentId) ?? null),
    forumCount: forumCounts.get(o.id) ?? 0,
    speakerCount: speakerCounts.get(o.id) ?? 0,
    memberCount: memberCounts.get(o.id) ?? 0,
    childCount: childCounts.get(o.id) ?? 0,
    editable: can(viewer, {
      action: "organization.edit",
      organization: { id: o.id, createdByUserId: o.createdByUserId, hasMembers: (memberCounts.get(o.id) ?? 0) > 0 },
    }),
  }));
}
