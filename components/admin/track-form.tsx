"use client";

import type { Action } from "@/lib/admin/action-result";
import { OrderedItemForm } from "./ordered-item-form";

interface Props {
  conference: string;
  track: { id: number; name: string; nameEn: string; slug: string; color: string; position: string } | null;
  save: Action;
  remove?: Action;
}

/** Create or edit a track: the ordered-item form with the track's colour. */
export function TrackForm({ track, ...rest }: Props) {
  return (
    <OrderedItemForm
      kind="track"
      item={track}
      own={{ name: "color", fallback: "#4f46e5", hint: true, required: true }}
      {...rest}
    />
  );
}
