import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { loadConferenceForumScopes } from "../auth/viewer";
import { conferences, forumHosts, forums, organizations, sessions, type Forum } from "../schema";
import { forumInsertSchema, localDateSchema } from "../validation";
import { invalidOf, jsonRows, withEnglish, type FormInput } from "@/lib/admin/form-input";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, can, ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { forumKinds, hostRoles, type HostRole } from "@/lib/domain/vocabulary";
import { slugSchema } from "@/lib/slug";
import { deletedChanges, invalidField, optionalText, positionSchema, type Invalid } from "./form-fields";
import type { WriteResult } from "./write-result";

const hostRow = z.object({
  organizationId: z.coerce.number("Choose an organization").int().positive("Choose an organization"),
  role: z.enum(hostRoles, "Choose a role"),
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
  hosts: jsonRows(hostRow, 20).superRefine((rows, ctx) => {
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

/** Only organizers change these; a forum's hosts edit its words. */
const organizerOnlyForumFields = ["slug", "kind", "date", "position", "hosts"] as const;
const HOST_LIMIT =
  "Forum hosts may change the name, theme and description only; ask an organizer to change the date, hosts, kind, slug or order.";

type HostWithName = { organizationId: number; role: HostRole; name: string };

function hostsOf(db: Db, forumId: number): HostWithName[] {
  return db
    .select({ organizationId: forumHosts.organizationId, role: forumHosts.role, name: organizations.name })
    .from(forumHosts)
    .innerJoin(organizations, eq(organizations.id, forumHosts.organizationId))
    .where(eq(forumHosts.forumId, forumId))
    .orderBy(asc(forumHosts.position))
    .all();
}

/** A forum as its form shows it; the audit log keeps these fields, hosts as readable lines. */
function forumView(forum: Forum, hosts: HostWithName[]) {
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
    hosts: hosts.map((h) => `${h.name} (${h.role})`),
  };
}
const viewFields = Object.keys(forumView({ translations: {} } as Forum, [])) as Array<
  keyof ReturnType<typeof forumView>
>;
const hostsKey = (rows: Array<{ organizationId: number; role: string }>) =>
  JSON.stringify(rows.map((r) => [r.organizationId, r.role]));

/**
 * Creates or updates a forum of a conference with its hosting organizations.
 * Organizers do everything; the forum's hosts may change its name, theme and
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
    const hostsBefore = before ? hostsOf(t, before.id) : [];
    const filled: Record<string, unknown> = { ...input };
    if (!organizer && before) {
      const current: Record<(typeof organizerOnlyForumFields)[number], unknown> = {
        slug: before.slug,
        kind: before.kind,
        date: before.date,
        position: before.position,
        hosts: hostsBefore,
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
        throw new ForbiddenError(HOST_LIMIT);
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
        hostsKey(data.hosts) !== hostsKey(hostsBefore))
    ) {
      throw new ForbiddenError(HOST_LIMIT);
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
    const orgIds = [...new Set(data.hosts.map((h) => h.organizationId))];
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
    const missing = data.hosts.findIndex((h) => !names.has(h.organizationId));
    if (missing >= 0) return invalidField(`hosts.${missing}.organizationId`, "That organization no longer exists.");

    const { nameEn, themeEn, descriptionEn, hosts, ...fields } = data;
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
      t.delete(forumHosts).where(eq(forumHosts.forumId, forum.id)).run();
      if (hosts.length)
        t.insert(forumHosts)
          .values(
            hosts.map((h, position) => ({
              forumId: forum.id,
              organizationId: h.organizationId,
              role: h.role,
              position,
            })),
          )
          .run();
    }
    const hostsAfter = hosts.map((h) => ({ ...h, name: names.get(h.organizationId)! }));
    recordAudit(t, {
      userId: viewer!.userId,
      conferenceId,
      action: before ? "forum.update" : "forum.create",
      entityType: "forum",
      entityId: forum.id,
      changes: fieldChanges(
        before ? forumView(before, hostsBefore) : ({} as ReturnType<typeof forumView>),
        forumView(forum, hostsAfter),
        viewFields,
      ),
      details: { title: forum.name },
    });
    return { ok: true, value: forum } as const;
  });
}

/** Deletes a forum with its host rows; refused while it still has sessions, which the message names. Organizers only. */
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
    const hostsBefore = hostsOf(t, forumId);
    t.delete(forums).where(eq(forums.id, forumId)).run();
    recordAudit(t, {
      userId: viewer.userId,
      conferenceId,
      action: "forum.delete",
      entityType: "forum",
      entityId: forumId,
      changes: deletedChanges(forumView(forum, hostsBefore), viewFields),
      details: { title: forum.name },
    });
    return { ok: true, value: null } as const;
  });
}
