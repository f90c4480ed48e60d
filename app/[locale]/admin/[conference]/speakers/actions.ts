"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteSpeaker, saveSpeaker, type SpeakerForm } from "@/db/mutations/speakers";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";
import { conferenceOf } from "../form-conference";

/** Creates (no `$speaker`) or updates a speaker; field errors come back beside the fields with what was typed. */
export async function saveSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const speakerId = formData.get("$speaker") ? Number(formData.get("$speaker")) : null;
  const result = attemptWrite(
    () => saveSpeaker(getDb(), viewer, conference.id, speakerId, values as SpeakerForm),
    values,
  );
  if (!result.ok) return result.state;
  redirect(`/admin/${conference.slug}/speakers`);
}

/** Deletes a speaker; refused (with the sessions named) while they take part in any. */
export async function deleteSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden" };
  const result = attemptWrite(() => deleteSpeaker(getDb(), viewer, conference.id, Number(formData.get("$speaker"))));
  if (!result.ok) return result.state;
  redirect(`/admin/${conference.slug}/speakers`);
}
