"use client";

import type { Action } from "@/lib/admin/action-result";
import { OrderedItemForm } from "./ordered-item-form";

interface Props {
  conference: string;
  room: { id: number; name: string; nameEn: string; slug: string; capacity: string; position: string } | null;
  save: Action;
  remove?: Action;
}

/** Create or edit a room: the ordered-item form with the room's capacity. */
export function RoomForm({ room, ...rest }: Props) {
  return <OrderedItemForm kind="room" item={room} own={{ name: "capacity", numeric: true }} {...rest} />;
}
