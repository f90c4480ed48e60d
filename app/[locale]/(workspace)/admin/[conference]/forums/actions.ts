"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom } from "@/app/form-action";
import { deleteForum, saveForum } from "@/db/mutations/forums";

// The workspace reads the database directly; public pages change only on publishing.

/** Creates (no `$forum`) or updates a forum; back to the list, which says it was saved. */
export const saveForumAction = conferenceAction(
  ({ ctx, conference, formData, values }) => saveForum(ctx, conference.id, idFrom(formData, "$forum"), values),
  (_forum, { conference }) => redirect(`/admin/${conference.slug}/forums?saved=forum`),
);

/** Deletes a forum; refused, naming the sessions, while it has any. */
export const deleteForumAction = conferenceAction(
  ({ ctx, conference, formData }) => deleteForum(ctx, conference.id, idFrom(formData, "$forum") ?? 0),
  (_none, { conference }) => redirect(`/admin/${conference.slug}/forums?saved=deleted`),
);
