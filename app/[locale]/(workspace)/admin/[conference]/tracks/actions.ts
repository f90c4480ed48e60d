"use server";

import { deleteTrack, saveTrack } from "@/db/mutations/tracks";
import { itemActions } from "../item-actions";

// Public pages show tracks from releases, so nothing public changes until the next one.
const track = itemActions("track", saveTrack, deleteTrack);

/** Creates (no `$track`) or updates a track; back to the list, which says it was saved. */
export const saveTrackAction = track.save;

/** Deletes a track; refused, naming the sessions, while any uses it. */
export const deleteTrackAction = track.remove;
