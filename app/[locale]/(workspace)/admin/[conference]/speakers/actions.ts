"use server";

import { deleteSpeaker } from "@/db/mutations/speakers/delete-speaker";
import { saveSpeaker } from "@/db/mutations/speakers/save-speaker";
import { itemActions } from "../item-actions";

const speaker = itemActions("speaker", saveSpeaker, deleteSpeaker);

/** Creates (no `$speaker`) or updates a speaker; back to the list, which says it was saved. */
export const saveSpeakerAction = speaker.save;

/** Deletes a speaker; refused (with the sessions named) while they take part in any. */
export const deleteSpeakerAction = speaker.remove;
