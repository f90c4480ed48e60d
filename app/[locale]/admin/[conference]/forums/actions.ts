"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteForum, saveForum, type ForumForm } from "@/db/mutations/forums";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";
import { conferenceOf } from "../form-conference";

/** Creates (no `$forum`) or updates a forum; field errors come back beside the fields with what was typed. */
export async function saveForumAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const forumId = formData.get("$forum") ? Number(formData.get("$forum")) : null;
  const result = attemptWrite(() => saveForum(getDb(), viewer, conference.id, forumId, values as ForumForm), values);
  if (!result.ok) return result.state;
  // The workspace reads the database directly; public pages change only on publishing.
  redirect(`/admin/${conference.slug}/forums`);
}

/** Deletes a forum; refused (with the sessions named) while it has any. */
export async function deleteForumAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => deleteForum(getDb(), viewer, conference.id, Number(formData.get("$forum"))));
  if (!result.ok) return result.state;
  redirect(`/admin/${conference.slug}/forums`);
}
