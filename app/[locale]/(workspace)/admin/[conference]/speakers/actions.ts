"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom } from "@/app/form-action";
import { deleteSpeaker } from "@/db/mutations/speakers/delete-speaker";
import { saveSpeaker } from "@/db/mutations/speakers/save-speaker";

/** Creates (no `$speaker`) or updates a speaker; back to the list, which says it was saved. */
export const saveSpeakerAction = conferenceAction(
  ({ ctx, conference, formData, values }) => saveSpeaker(ctx, conference.id, idFrom(formData, "$speaker"), values),
  (_speaker, { conference }) => redirect(`/admin/${conference.slug}/speakers?saved=speaker`),
);

/** Deletes a speaker; refused (with the sessions named) while they take part in any. */
export const deleteSpeakerAction = conferenceAction(
  ({ ctx, conference, formData }) => deleteSpeaker(ctx, conference.id, idFrom(formData, "$speaker") ?? 0),
  (_none, { conference }) => redirect(`/admin/${conference.slug}/speakers?saved=deleted`),
);
