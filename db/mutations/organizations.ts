import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Conn } from "../connection";
import type { AuditEntry } from "../audit";
import { findOrganizationReferences, loadOrganizationScope } from "../queries/organizations";
import { organizations, type Organization } from "../schema";
import { organizationInsertSchema } from "../validation";
import { wouldCycle } from "@/lib/admin/organization-tree";
import type { AuditAction } from "@/lib/audit/actions";
import { fieldChanges, type FieldChanges } from "@/lib/audit/field-changes";
import { assertCan, isOrganizer, type Viewer } from "@/lib/auth/permissions";
import { deletedChanges, optionalText, webAddressSchema, withTranslation } from "./form-fields";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

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
        ctx.addIssue({ code: "custom", message: "chooseOne" });
        return z.NEVER;
      }
      return n;
    }),
});

const editable = ["name", "shortName", "slug", "website", "parentId", "translations"] as const;

// Organizations are shared by every conference, so their audit entries belong to none.
const audit = (action: AuditAction, organization: Organization, changes: FieldChanges): AuditEntry => ({
  conferenceId: null,
  action,
  entityType: "organization",
  entityId: organization.id,
  changes,
  details: { title: organization.name },
});

/**
 * Organizers may add an organization; changing or deleting one is for its members and platform
 * admins (see organization.edit). Returns the organization and who acts, null when there is none with that id.
 */
function authorizeEdit(
  db: Conn,
  viewer: Viewer | null,
  organizationId: number,
): { before: Organization; viewer: Viewer } | null {
  assertCan(viewer, { action: "organization.manage" });
  const scope = loadOrganizationScope(db, organizationId);
  // An unknown id is "not found" only for those who could have edited it (platform admins).
  assertCan(viewer, {
    action: "organization.edit",
    organization: scope ?? { id: organizationId, createdByUserId: null, hasMembers: true },
  });
  const before = db.select().from(organizations).where(eq(organizations.id, organizationId)).get();
  return before ? { before, viewer } : null;
}

/** Creates or updates an organization. Slugs are unique; a parent may not be the organization itself or one of its descendants. */
export function saveOrganization(
  ctx: WriteContext,
  organizationId: number | null,
  input: unknown,
): Result<Organization> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      if (organizationId !== null) return authorizeEdit(db, viewer, organizationId);
      assertCan(viewer, { action: "organization.create" });
      return { before: null, viewer };
    },
    schema: organizationFormSchema,
    input,
    run: (tx, { nameEn, ...fields }, { before, viewer }) => {
      const clash = tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          and(eq(organizations.slug, fields.slug), organizationId ? ne(organizations.id, organizationId) : undefined),
        )
        .get();
      if (clash) return refuse.field("slug", "slugTaken", { kind: "organization" });
      if (fields.parentId !== null) {
        const parentOf = new Map(
          tx
            .select({ id: organizations.id, parentId: organizations.parentId })
            .from(organizations)
            .all()
            .map((o) => [o.id, o.parentId]),
        );
        if (!parentOf.has(fields.parentId)) return refuse.field("parentId", "organizationGone");
        if (organizationId !== null && wouldCycle(parentOf, organizationId, fields.parentId))
          return refuse.field("parentId", "parentCycle");
      }
      const translations = withTranslation(before?.translations ?? {}, "en", "name", nameEn);
      if (!before) {
        const created = tx
          .insert(organizations)
          .values({ ...fields, createdByUserId: viewer.userId, translations })
          .returning()
          .get();
        return {
          value: created,
          audit: audit("organization.create", created, fieldChanges({} as Organization, created, editable)),
        };
      }
      const saved = tx
        .update(organizations)
        .set({ ...fields, translations })
        .where(eq(organizations.id, before.id))
        .returning()
        .get();
      return { value: saved, audit: audit("organization.update", saved, fieldChanges(before, saved, editable)) };
    },
  });
}

/** The first three of a list, and "…" when there are more; "none" (the message's word for nothing) when empty. */
const firstThree = (labels: string[]) =>
  labels.length ? `${labels.slice(0, 3).join(", ")}${labels.length > 3 ? ", …" : ""}` : "none";

/**
 * Deletes an organization, refusing while anything still points at it and saying what:
 * forums it is an organization of, speakers, members, sub-organizations. The organization is
 * shared, so the refusal names only what the viewer may see: forums of conferences they
 * organize, and counts for the rest (never a member's email or another tenant's speaker).
 */
export function deleteOrganization(ctx: WriteContext, organizationId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => authorizeEdit(db, viewer, organizationId),
    schema: z.unknown(),
    input: null,
    run: (tx, _input, { before, viewer }) => {
      const { forums: itsForums, speakerCount, memberCount, children } = findOrganizationReferences(tx, organizationId);
      if (itsForums.length || speakerCount || memberCount || children.length) {
        const visible = itsForums.filter((f) => isOrganizer(viewer, f.conferenceId));
        return refuse.because("inUse", {
          kind: "organization",
          name: before.name,
          forums: itsForums.length,
          forumList: firstThree(visible.map((f) => `“${f.name}” (${f.conference})`)),
          speakers: speakerCount,
          members: memberCount,
          children: children.length,
          childList: firstThree(children.map((name) => `“${name}”`)),
        });
      }
      tx.delete(organizations).where(eq(organizations.id, organizationId)).run();
      return { value: null, audit: audit("organization.delete", before, deletedChanges(before, editable)) };
    },
  });
}
