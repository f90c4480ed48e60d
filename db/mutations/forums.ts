import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { assertCanEnterConference } from "../auth/viewer";
import { conferences, forumOrganizations, forums, organizations, sessions, type Forum } from "../schema";
import { withEnglish } from "@/lib/admin/form-input";
import { assertCan, can } from "@/lib/auth/permissions";
import { slugTakenIn } from "./conference-slugs";
import { authorizeForumEdit, forumAudit, forumFormSchema, organizationsOf } from "./forum-form";
import { saveForumWords } from "./forum-words";
import { refuse, write, type Result, type WriteContext } from "./pipeline";

/**
 * Creates (no `forumId`) or updates a forum of a conference with its organizations.
 * Organizers do everything; the forum's editors change its name, theme and description only.
 */
export function saveForum(
  ctx: WriteContext,
  conferenceId: number,
  forumId: number | null,
  input: unknown,
): Result<Forum> {
  if (forumId !== null && !can(ctx.viewer, { action: "conference.manage", conferenceId }))
    return saveForumWords(ctx, conferenceId, forumId, input);
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      if (forumId !== null) return authorizeForumEdit(db, viewer, conferenceId, forumId);
      assertCanEnterConference(db, viewer, conferenceId);
      assertCan(viewer, { action: "conference.manage", conferenceId });
      return { forum: null, organizations: [] };
    },
    schema: forumFormSchema,
    input,
    run: (tx, { nameEn, themeEn, descriptionEn, organizations: chosen, ...fields }, before) => {
      const conference = tx
        .select({ startDate: conferences.startDate, endDate: conferences.endDate })
        .from(conferences)
        .where(eq(conferences.id, conferenceId))
        .get()!;
      if (fields.date < conference.startDate || fields.date > conference.endDate)
        return refuse.field("date", "outsideConferenceDays", { start: conference.startDate, end: conference.endDate });
      if (slugTakenIn(tx, forums, conferenceId, fields.slug, forumId))
        return refuse.field("slug", "slugTaken", { kind: "forum" });
      const ids = [...new Set(chosen.map((o) => o.organizationId))];
      const names = new Map(
        ids.length
          ? tx
              .select({ id: organizations.id, name: organizations.name })
              .from(organizations)
              .where(inArray(organizations.id, ids))
              .all()
              .map((o) => [o.id, o.name])
          : [],
      );
      const missing = chosen.findIndex((o) => !names.has(o.organizationId));
      if (missing >= 0) return refuse.field(`organizations.${missing}.organizationId`, "organizationGone");

      const values = {
        ...fields,
        translations: withEnglish(before.forum?.translations ?? {}, {
          name: nameEn,
          theme: themeEn,
          description: descriptionEn,
        }),
      };
      const forum = before.forum
        ? tx.update(forums).set(values).where(eq(forums.id, before.forum.id)).returning().get()
        : tx
            .insert(forums)
            .values({ ...values, conferenceId })
            .returning()
            .get();
      tx.delete(forumOrganizations).where(eq(forumOrganizations.forumId, forum.id)).run();
      if (chosen.length)
        tx.insert(forumOrganizations)
          .values(
            chosen.map((o, position) => ({
              forumId: forum.id,
              organizationId: o.organizationId,
              role: o.role,
              position,
            })),
          )
          .run();
      const after = { forum, organizations: chosen.map((o) => ({ ...o, name: names.get(o.organizationId)! })) };
      return {
        value: forum,
        audit: before.forum
          ? forumAudit("forum.update", { forum: before.forum, organizations: before.organizations }, after)
          : forumAudit("forum.create", null, after),
      };
    },
  });
}

/** Deletes a forum with its forum organization rows; refused while it still has sessions, naming them. Organizers only. */
export function deleteForum(ctx: WriteContext, conferenceId: number, forumId: number): Result<null> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      assertCan(viewer, { action: "conference.manage", conferenceId });
      const forum = db
        .select()
        .from(forums)
        .where(and(eq(forums.id, forumId), eq(forums.conferenceId, conferenceId)))
        .get();
      return forum ? { forum, organizations: organizationsOf(db, forumId) } : null;
    },
    schema: z.unknown(),
    input: null,
    run: (tx, _input, before) => {
      const titles = tx
        .select({ title: sessions.title })
        .from(sessions)
        .where(eq(sessions.forumId, forumId))
        .orderBy(asc(sessions.startsAt), asc(sessions.id))
        .all()
        .map((s) => `“${s.title}”`);
      if (titles.length > 0) {
        const list = titles.slice(0, 5).join(", ") + (titles.length > 5 ? ", …" : "");
        return refuse.because("inUse", { name: before.forum.name, count: titles.length, kind: "session", list });
      }
      tx.delete(forums).where(eq(forums.id, forumId)).run();
      return { value: null, audit: forumAudit("forum.delete", before, null) };
    },
  });
}
