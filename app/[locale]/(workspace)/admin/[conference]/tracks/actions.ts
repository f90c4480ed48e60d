"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom } from "@/app/form-action";
import { deleteTrack, saveTrack } from "@/db/mutations/tracks";

// Public pages show tracks from releases, so nothing public changes until the next one.

/** Creates (no `$track`) or updates a track; back to the list, which says it was saved. */
export const saveTrackAction = conferenceAction(
  ({ ctx, conference, formData, values }) => saveTrack(ctx, conference.id, idFrom(formData, "$track"), values),
  (_track, { conference }) => redirect(`/admin/${conference.slug}/tracks?saved=track`),
);

/** Deletes a track; refused, naming the sessions, while any uses it. */
export const deleteTrackAction = conferenceAction(
  ({ ctx, conference, formData }) => deleteTrack(ctx, conference.id, idFrom(formData, "$track") ?? 0),
  (_none, { conference }) => redirect(`/admin/${conference.slug}/tracks?saved=deleted`),
);
