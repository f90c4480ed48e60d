import { z } from "zod";
import { rooms, sessions, type Room } from "../schema";
import { roomInsertSchema } from "../validation";
import { deleteListed, saveListed, type ConferenceList } from "./conference-lists";
import { blankAsNull, optionalText, positionSchema } from "./form-fields";
import type { Result, WriteContext } from "./pipeline";

const room = roomInsertSchema.shape;
export const roomFormSchema = z.object({
  name: room.name,
  nameEn: optionalText(120),
  slug: room.slug,
  capacity: blankAsNull(z.coerce.number().int("seats").positive("seats").max(100_000, "seats")),
  position: positionSchema,
});

const roomList: ConferenceList<Room, z.output<typeof roomFormSchema>> = {
  kind: "room",
  table: rooms,
  usedBy: sessions.roomId,
  schema: roomFormSchema,
  audited: ["name", "slug", "capacity", "position", "translations"],
};

/** Creates (no `roomId`) or updates a room of a conference. Organizers only; slugs are unique within the conference. */
export const saveRoom = (
  ctx: WriteContext,
  conferenceId: number,
  roomId: number | null,
  input: unknown,
): Result<Room> => saveListed(roomList, ctx, conferenceId, roomId, input);

/** Deletes a room, refusing while sessions are still placed in it (and naming the first of them). */
export const deleteRoom = (ctx: WriteContext, conferenceId: number, roomId: number): Result<null> =>
  deleteListed(roomList, ctx, conferenceId, roomId);
