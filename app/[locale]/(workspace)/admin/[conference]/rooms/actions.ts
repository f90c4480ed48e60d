"use server";

import { redirect } from "next/navigation";
import { conferenceAction, idFrom } from "@/app/form-action";
import { deleteRoom, saveRoom } from "@/db/mutations/rooms";

/** Creates (no `$room`) or updates a room; back to the list, which says it was saved. */
export const saveRoomAction = conferenceAction(
  ({ ctx, conference, formData, values }) => saveRoom(ctx, conference.id, idFrom(formData, "$room"), values),
  (_room, { conference }) => redirect(`/admin/${conference.slug}/rooms?saved=room`),
);

export const deleteRoomAction = conferenceAction(
  ({ ctx, conference, formData }) => deleteRoom(ctx, conference.id, idFrom(formData, "$room") ?? 0),
  (_none, { conference }) => redirect(`/admin/${conference.slug}/rooms?saved=deleted`),
);
