"use server";

import { deleteForum, saveForum } from "@/db/mutations/forums";
import { itemActions } from "../item-actions";

// The workspace reads the database directly; public pages change only on publishing.
const forum = itemActions("forum", saveForum, deleteForum);

/** Creates (no `$forum`) or updates a forum; back to the list, which says it was saved. */
export const saveForumAction = forum.save;

/** Deletes a forum; refused, naming the sessions, while it has any. */
export const deleteForumAction = forum.remove;
