"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { createConference } from "@/db/mutations/conferences";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";

/** Creates an unpublished conference and goes on to its settings; nothing public changes until it is published. */
export async function createConferenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(() => createConference(getDb(), viewer, values), values);
  if (!result.ok) return result.state;
  redirect(`/admin/${result.value.slug}/settings`);
}
