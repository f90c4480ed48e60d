"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { grantOrganizer, revokeOrganizer } from "@/db/mutations/organizers";
import { conferences } from "@/db/schema";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";

/** The conference the form names in `$conference`; only a lookup: the data function decides who may write. */
function conferenceOf(formData: FormData) {
  const slug = String(formData.get("$conference") ?? "");
  const row = getDb().select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}

/**
 * Gives an existing user organizer rights, found by the email typed. A refusal
 * goes back as its code (beside the email field) for the form to say in the
 * viewer's language.
 */
export async function grantOrganizerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const result = attemptWrite(() => {
    const granted = grantOrganizer(getDb(), viewer, conference.id, values);
    return granted.ok || !("code" in granted) ? granted : { ...granted, fieldErrors: { email: granted.code } };
  }, values);
  if (!result.ok) return result.state;
  redirect(`/admin/${conference.slug}/organizers`);
}

export async function revokeOrganizerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden" };
  const userId = Number(formData.get("$user"));
  const result = attemptWrite(() => revokeOrganizer(getDb(), viewer, conference.id, userId));
  if (!result.ok) return result.state;
  // Revoking ends every sign-in of the account, one's own included when revoking oneself.
  redirect(userId === viewer.userId ? "/signin" : `/admin/${conference.slug}/organizers`);
}
