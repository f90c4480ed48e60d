"use server";

import { deleteRoom, saveRoom } from "@/db/mutations/rooms";
import { itemActions } from "../item-actions";

const room = itemActions("room", saveRoom, deleteRoom);

/** Creates (no `$room`) or updates a room; back to the list, which says it was saved. */
export const saveRoomAction = room.save;

export const deleteRoomAction = room.remove;
