"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteTrack, saveTrack } from "@/db/mutations/tracks";
import { conferences } from "@/db/schema";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";

/** The conference the form names in `$conference`; only a lookup: the data function decides who may write. */
function conferenceOf(formData: FormData) {
  const slug = String(formData.get("$conference") ?? "");
  const row = getDb().select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}

/** Creates (no `$track`) or updates a track; field errors come back beside the fields with what was typed. */
export async function saveTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const trackId = formData.get("$track") ? Number(formData.get("$track")) : null;
  const result = attemptWrite(() => saveTrack(getDb(), viewer, conference.id, trackId, values), values);
  if (!result.ok) return result.state;
  // Public pages show tracks from releases, so nothing public changes until the next one.
  redirect(`/admin/${conference.slug}/tracks`);
}

export async function deleteTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => deleteTrack(getDb(), viewer, conference.id, Number(formData.get("$track"))));
  if (!result.ok) return result.state;
  redirect(`/admin/${conference.slug}/tracks`);
}
