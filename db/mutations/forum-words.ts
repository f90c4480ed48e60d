import { eq } from "drizzle-orm";
import type { z } from "zod";
import { forums, type Forum } from "../schema";
import { withEnglish } from "@/lib/admin/form-input";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  authorizeForumEdit,
  forumAudit,
  forumFormSchema,
  forumWordsSchema,
  organizationsKey,
  type ForumState,
} from "./forum-form";
import { write, type Result, type WriteContext } from "./pipeline";

/**
 * Whether a post changes what only organizers change. A forum editor's form leaves those
 * fields out; one it does post counts as a change unless it reads as the forum's own value.
 */
function touchesOrganizerFields(input: unknown, { forum, organizations }: ForumState): boolean {
  const posted: Record<string, unknown> = typeof input === "object" && input !== null ? { ...input } : {};
  const shape = forumFormSchema.shape;
  const differs = <T>(field: string, schema: z.ZodType<T>, same: (value: T) => boolean) => {
    if (posted[field] == null) return false;
    const parsed = schema.safeParse(posted[field]);
    return !parsed.success || !same(parsed.data);
  };
  return (
    differs("slug", shape.slug, (v) => v === forum.slug) ||
    differs("kind", shape.kind, (v) => v === forum.kind) ||
    differs("date", shape.date, (v) => v === forum.date) ||
    differs("position", shape.position, (v) => v === forum.position) ||
    differs("organizations", shape.organizations, (v) => organizationsKey(v) === organizationsKey(organizations))
  );
}

/**
 * A forum editor's save: the forum's name, theme and description, in both languages. Asking
 * to change anything else is refused as forumEditorWordsOnly, before anything is written.
 */
export function saveForumWords(
  ctx: WriteContext,
  conferenceId: number,
  forumId: number,
  input: unknown,
): Result<Forum> {
  return write(ctx, {
    authorize: ({ db, viewer }) => {
      const before = authorizeForumEdit(db, viewer, conferenceId, forumId);
      if (before && touchesOrganizerFields(input, before)) throw new ForbiddenError("forumEditorWordsOnly");
      return before;
    },
    schema: forumWordsSchema,
    input,
    run: (tx, words, before) => {
      const forum = tx
        .update(forums)
        .set({
          name: words.name,
          theme: words.theme,
          description: words.description,
          translations: withEnglish(before.forum.translations, {
            name: words.nameEn,
            theme: words.themeEn,
            description: words.descriptionEn,
          }),
        })
        .where(eq(forums.id, forumId))
        .returning()
        .get();
      return {
        value: forum,
        audit: forumAudit("forum.update", before, { forum, organizations: before.organizations }),
      };
    },
  });
}
