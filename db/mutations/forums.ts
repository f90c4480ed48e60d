import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadConferenceForumScopes } from "../auth/viewer";
import { conferences, forumOrganizations, forums, organizations, sessions, type Forum } from "../schema";
import { forumInsertSchema, localDateSchema } from "../validation";
import { invalidOf, jsonRows, withEnglish, type FormInput } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, can, ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { forumKinds, forumOrganizationRoles, type ForumOrganizationRole } from "@/lib/domain/vocabulary";
import { slugSchema } from "@/lib/slug";
import { deletedChanges, invalidField, optionalText, positionSchema, type Invalid } from "./form-fields";
import type { WriteResult } from "./write-result";

const forumOrganizationRow = z.object({
  organizationId: z.coerce.number("Choose an organization").int().positive("Choose an organization"),
  role: z.enum(forumOrganizationRoles, "Choose a role"),
});

export const forumFormSchema = z.object({
  name: forumInsertSchema.shape.name,
  nameEn: optionalText(200),
  slug: slugSchema,
  kind: z.enum(forumKinds, "Choose a kind"),
  theme: optionalText(300),
  themeEn: optionalText(300),
  description: optionalText(20_000),
  descriptionEn: optionalText(20_000),
  date: localDateSchema,
  position: positionSchema,
  organizations: jsonRows(forumOrganizationRow, 20).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = `${row.organizationId}:${row.role}`;
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [i, "organizationId"],
          message: "This organization is already listed in this role",
        });
      seen.add(key);
    });
  }),
});
export type ForumForm = FormInput<typeof forumFormSchema>;

/** Only organizers change these; a forum's editors edit its words. */
const organizerOnlyForumFields = ["slug", "kind", "date", "position", "organizations"] as const;
const FORUM_EDITOR_LIMIT =
  "Forum editors may change the name, theme and description only; ask an organizer to change the date, organizations, kind, slug or order.";

type ForumOrganizationWithName = { organizationId: number; role: ForumOrganizationRole; name: string };

function organizationsOf(db: Db, forumId: number): ForumOrganizationWithName[] {
  return db
    .select({
      organizationId: forumOrganizations.organizationId,
      role: forumOrganizations.role,
      name: organizations.name,
    })
    .from(forumOrganizations)
    .innerJoin(organizations, eq(organizations.id, forumOrganizations.organizationId))
    .where(eq(forumOrganizations.forumId, forumId))
    .orderBy(asc(forumOrganizations.position))
    .all();
}

/** A forum as its form shows it; the audit log keeps these fields, organizations as readable lines. */
function forumView(forum: Forum, forumOrganizationRows: ForumOrganizationWithName[]) {
  const en = forum.translations.en ?? {};
  return {
    slug: forum.slug,
    kind: forum.kind,
    name: forum.name,
    nameEn: en.name ?? "",
    theme: forum.theme,
    themeEn: en.theme ?? "",
    description: forum.description,
    descriptionEn: en.description ?? "",
    date: forum.date,
    position: forum.position,
    organizations: forumOrganizationRows.map((o) => `${o.name} (${o.role})`),
  };
}
const viewFields = Object.keys(forumView({ translations: {} } as Forum, [])) as Array<
  keyof ReturnType<typeof forumView>
>;
const organizationsKey = (rows: Array<{ organizationId: number; role: string }>) =>
  JSON.stringify(rows.map((r) => [r.organizationId, r.role]));

/**
 * Creates or updates a forum of a conference with its organizations.
 * Organizers do everything; the forum's editors may change its name, theme and
 * description only (fields they leave out keep their values, changes to others are refused).
 */
export function saveForum(
  db: Db,
  viewer: Viewer | null,
  conferenceId: number,
  forumId: number | null,
  input: ForumForm,
): WriteResult<Forum> | Invalid {
  const scopes = loadConferenceForumScopes(db, conferenceId);
  assertCan(viewer, { action: "conference.enter", conferenceId, forums: [...scopes.values()] });
  if (forumId === null) assertCan(viewer, { action: "conference.manage", conferenceId });
  else if (!scopes.has(forumId)) return { ok: false, reason: "not-found" };
  else assertCan(viewer, { action: "forum.edit", forum: scopes.get(forumId)! });
  const organizer = can(viewer, { action: "conference.manage", conferenceId });

  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = forumId === null ? null : t.select().from(forums).where(eq(forums.id, forumId)).get()!;
    const organizationsBefore = before ? organizationsOf(t, before.id) : [];
    const filled: Record<string, unknown> = { ...input };
    if (!organizer && before) {
      const current: Record<(typeof organizerOnlyForumFields)[number], unknown> = {
        slug: before.slug,
        kind: before.kind,
        date: before.date,
        position: before.position,
        organizations: organizationsBefore,
      };
      for (const f of organizerOnlyForumFields) filled[f] ??= current[f];
    }
    const parsed = forumFormSchema.safeParse(filled);
    if (!parsed.success) {
      const refused = invalidOf(parsed.error);
      if (
        !organizer &&
        Object.keys(refused.fieldErrors ?? {}).some((k) =>
          organizerOnlyForumFields.some((f) => k === f || k.startsWith(`${f}.`)),
        )
      )
        throw new ForbiddenError(FORUM_EDITOR_LIMIT);
      return refused;
    }
    const data = parsed.data;
    if (
      !organizer &&
      before &&
      (data.slug !== before.slug ||
        data.kind !== before.kind ||
        data.date !== before.date ||
        data.position !== before.position ||
        organizationsKey(data.organizations) !== organizationsKey(organizationsBefore))
    ) {
      throw new ForbiddenError(FORUM_EDITOR_LIMIT);
    }

    const conference = t
      .select({ startDate: conferences.startDate, endDate: conferences.endDate })
      .from(conferences)
      .where(eq(conferences.id, conferenceId))
      .get()!;
    if (data.date < conference.startDate || data.date > conference.endDate)
      return invalidField("date", `Choose a day of the conference, ${conference.startDate} to ${conference.endDate}.`);
    const clash = t
      .select({ id: forums.id })
      .from(forums)
      .where(
        and(
          eq(forums.conferenceId, conferenceId),
          eq(forums.slug, data.slug),
          forumId ? ne(forums.id, forumId) : undefined,
        ),
      )
      .get();
    if (clash) return invalidField("slug", "Another forum of this conference has that slug.");
    const orgIds = [...new Set(data.organizations.map((o) => o.organizationId))];
    const names = new Map(
      orgIds.length
        ? t
            .select({ id: organizations.id, name: organizations.name })
            .from(organizations)
            .where(inArray(organizations.id, orgIds))
            .all()
            .map((o) => [o.id, o.name])
        : [],
    );
    const missing = data.organizations.findIndex((o) => !names.has(o.organizationId));
    if (missing >= 0)
      return invalidField(`organizations.${missing}.organizationId`, "That organization no longer exists.");

    const { nameEn, themeEn, descriptionEn, organizations: chosen, ...fields } = data;
    const values = {
      ...fields,
      translations: withEnglish(before?.translations ?? {}, {
        name: nameEn,
        theme: themeEn,
        description: descriptionEn,
      }),
    };
    const forum = before
      ? t.update(forums).set(values).where(eq(forums.id, before.id)).returning().get()
      : t
          .insert(forums)
          .values({ ...values, conferenceId })
          .returning()
          .get();
    if (organizer) {
      t.delete(forumOrganizations).where(eq(forumOrganizations.forumId, forum.id)).run();
      if (chosen.length)
        t.insert(forumOrganizations)
          .values(
            chosen.map((o, position) => ({
              forumId: forum.id,
              organizationId: o.organizationId,
              role: o.role,
              position,
            })),
          )
          .run();
    }
    const organizationsAfter = chosen.map((o) => ({ ...o, name: names.get(o.organizationId)! }));
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId,
      action: before ? "forum.update" : "forum.create",
      entityType: "forum",
      entityId: forum.id,
      changes: fieldChanges(
        before ? forumView(before, organizationsBefore) : ({} as ReturnType<typeof forumView>),
        forumView(forum, organizationsAfter),
        viewFields,
      ),
      details: { title: forum.name },
    });
    return { ok: true, value: forum } as const;
  });
}

/** Deletes a forum with its forum organization rows; refused while it still has sessions, which the message names. Organizers only. */
export function deleteForum(db: Db, viewer: Viewer | null, conferenceId: number, forumId: number): WriteResult<null> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const forum = t
      .select()
      .from(forums)
      .where(and(eq(forums.id, forumId), eq(forums.conferenceId, conferenceId)))
      .get();
    if (!forum) return { ok: false, reason: "not-found" } as const;
    const titles = t
      .select({ title: sessions.title })
      .from(sessions)
      .where(eq(sessions.forumId, forumId))
      .orderBy(asc(sessions.startsAt), asc(sessions.id))
      .all()
      .map((s) => `“${s.title}”`);
    if (titles.length > 0) {
      const named = titles.slice(0, 5).join(", ") + (titles.length > 5 ? ", …" : "");
      return {
        ok: false,
        reason: "invalid",
        message: `“${forum.name}” still has ${titles.length} session(s): ${named}. Delete them or move them to another forum first.`,
      } as const;
    }
    const organizationsBefore = organizationsOf(t, forumId);
    t.delete(forums).where(eq(forums.id, forumId)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "forum.delete",
      entityType: "forum",
      entityId: forumId,
      changes: deletedChanges(forumView(forum, organizationsBefore), viewFields),
      details: { title: forum.name },
    });
    return { ok: true, value: null } as const;
  });
}
