"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/db/auth/current-viewer";
import { deleteSession, saveSession, type SessionForm } from "@/db/mutations/sessions";
import type { ChangeSince } from "@/db/mutations/write-result";
import { findSessionEditor, toSessionFormValues, type SessionFormValues } from "@/db/queries/sessions";
import { findConferenceTimeZone, searchSpeakers, type SpeakerMatch } from "@/db/queries/speakers";
import { attemptWrite } from "@/lib/admin/attempt-write";
import { typedValues, type FormState } from "@/lib/admin/form-result";
import type { FieldChanges } from "@/lib/audit/field-changes";
import { ForbiddenError } from "@/lib/auth/permissions";
import { conferenceBySlug, conferenceOf } from "../form-conference";

export interface StaleNotice {
  /** The version now stored: the form saves on it next, once the editor has seen what changed. */
  currentVersion: number;
  changes: Array<{ at: string; by: string | null; fields: FieldChanges }>;
  /** The session as it is now, so the form can take the new values of fields its editor left alone. */
  current?: SessionFormValues;
}

export interface SessionFormState extends FormState {
  stale?: StaleNotice;
}

const staleNotice = (currentVersion: number, changes: ChangeSince[]): StaleNotice => ({
  currentVersion,
  changes: changes.map((c) => ({ at: c.at.toISOString(), by: c.by, fields: c.changes })),
});

function targetOf(formData: FormData) {
  return formData.get("$session")
    ? { sessionId: Number(formData.get("$session")), version: Number(formData.get("$version")) }
    : null;
}

/**
 * Creates (no `$session`) or updates a session based on the `$version` the form was
 * opened with. A stale save comes back with what changed meanwhile, the session as it
 * is now, and everything typed.
 */
export async function saveSessionAction(_previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const values = typedValues(formData);
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  if (!viewer || !conference) return { status: "error", message: "forbidden", values };
  const target = targetOf(formData);
  let stale: StaleNotice | undefined;
  const result = attemptWrite(() => {
    const written = saveSession(getDb(), viewer, conference.id, target, values as SessionForm);
    if (!written.ok && written.reason === "stale") {
      const now = findSessionEditor(getDb(), viewer, conference.id, target!.sessionId);
      stale = {
        ...staleNotice(written.currentVersion, written.changesSince),
        current: now ? toSessionFormValues(now, findConferenceTimeZone(getDb(), viewer, conference.id)) : undefined,
      };
    }
    return written;
  }, values);
  if (!result.ok) return { ...result.state, stale };
  redirect(`/admin/${conference.slug}/sessions`);
}

/** Deletes a session if nobody changed it since the form was opened. */
export async function deleteSessionAction(_previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const viewer = await getViewer();
  const conference = conferenceOf(formData);
  const target = targetOf(formData);
  if (!viewer || !conference || !target) return { status: "error", message: "forbidden" };
  let stale: StaleNotice | undefined;
  const result = attemptWrite(() => {
    const written = deleteSession(getDb(), viewer, conference.id, target);
    if (!written.ok && written.reason === "stale") stale = staleNotice(written.currentVersion, written.changesSince);
    return written;
  });
  if (!result.ok) return { ...result.state, stale };
  redirect(`/admin/${conference.slug}/sessions`);
}

/** Speakers of any conference matching the text, for adding people to a session of this one. */
export async function searchSpeakersAction(
  conferenceSlug: string,
  text: string,
): Promise<{ ok: true; speakers: SpeakerMatch[] } | { ok: false }> {
  const viewer = await getViewer();
  const conference = conferenceBySlug(String(conferenceSlug));
  if (!viewer || !conference) return { ok: false };
  try {
    return { ok: true, speakers: searchSpeakers(getDb(), viewer, conference.id, String(text)) };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false };
    throw error;
  }
}
