"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom, valueAction, type ConferenceActionInput } from "@/app/form-action";
import { refuse } from "@/db/mutations/pipeline";
import { deleteSession } from "@/db/mutations/sessions/delete-session";
import { saveSession } from "@/db/mutations/sessions/save-session";
import { findConferenceBySlug } from "@/db/queries/conferences";
import { findSessionEditor, toSessionFormValues, type SessionNow } from "@/db/queries/sessions";
import { findConferenceTimeZone, searchSpeakers } from "@/db/queries/speakers";
import type { Session } from "@/db/schema";

const targetOf = (formData: FormData) => {
  const sessionId = idFrom(formData, "$session");
  return sessionId === null ? null : { sessionId, version: Number(formData.get("$version")) };
};

/** The session as it is now, for the form of a stale save: fields its editor left alone take these values. */
function sessionNow({ ctx, conference, formData }: ConferenceActionInput): SessionNow | undefined {
  const target = targetOf(formData);
  const now = target && findSessionEditor(ctx.db, ctx.viewer, conference.id, target.sessionId);
  return now
    ? { current: toSessionFormValues(now, findConferenceTimeZone(ctx.db, ctx.viewer, conference.id)) }
    : undefined;
}

/**
 * Creates (no `$session`) or updates a session based on the `$version` the form was
 * opened with. A stale save comes back with what changed meanwhile, the session as it
 * is now, and everything typed; a saved one goes back to the list, which says so.
 */
export const saveSessionAction = conferenceAction<Session, SessionNow>(
  ({ ctx, conference, formData, values }) => saveSession(ctx, conference.id, targetOf(formData), values),
  (_session, { conference }) => redirect(`/admin/${conference.slug}/sessions?saved=session`),
  (refusal, input) => (refusal.stale ? sessionNow(input) : undefined),
);

/** Deletes a session if nobody changed it since the form was opened. */
export const deleteSessionAction = conferenceAction<null, SessionNow>(
  ({ ctx, conference, formData }) => {
    const target = targetOf(formData);
    return target ? deleteSession(ctx, conference.id, target) : refuse.notFound();
  },
  (_none, { conference }) => redirect(`/admin/${conference.slug}/sessions?saved=deleted`),
);

/** This conference's speakers matching the text (`{ conference, text }`), for adding people to one of its sessions. */
export const searchSpeakersAction = valueAction(
  (ctx, input) => {
    const { conference: slug, text } = (input ?? {}) as { conference?: unknown; text?: unknown };
    const conference = findConferenceBySlug(ctx.db, String(slug ?? ""));
    if (!conference) return refuse.notFound();
    return { ok: true, value: searchSpeakers(ctx.db, ctx.viewer, conference.id, String(text ?? "")) };
  },
  (speakers) => ({ status: "saved", data: speakers }),
);
