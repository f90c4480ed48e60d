"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { saveConferenceSettings } from "@/db/mutations/conferences";
import { conferences } from "@/db/schema";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";

/** The conference the form names in `$conference`; only a lookup: the data function decides who may write. */
function conferenceOf(formData: FormData) {
  const slug = String(formData.get("$conference") ?? "");
  const row = getDb().select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}

/** Saves a conference's settings; the public sees what changed through the conference's new revision. */
export async function saveConferenceSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(() => saveConferenceSettings(getDb(), viewer, conference.id, values), values);
  if (!result.ok) return result.state;
  const { conference: saved } = result.value;
  redirect(`/admin/${saved.slug}/settings?saved=1`);
}
