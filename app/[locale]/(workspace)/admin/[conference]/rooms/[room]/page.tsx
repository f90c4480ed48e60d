import { RoomForm } from "@/components/admin/room-form";
import { listRooms } from "@/db/queries/rooms";
import { OrderedItemPage } from "../../ordered-items";
import { deleteRoomAction, saveRoomAction } from "../actions";

export default async function RoomPage({ params }: PageProps<"/[locale]/admin/[conference]/rooms/[room]">) {
  const { room: id } = await params;
  return (
    <OrderedItemPage
      kind="room"
      params={params}
      id={id}
      rows={listRooms}
      form={(conference, fields, room) => (
        <RoomForm
          conference={conference.slug}
          room={{ ...fields, capacity: room.capacity === null ? "" : String(room.capacity) }}
          save={saveRoomAction}
          remove={deleteRoomAction}
        />
      )}
    />
  );
}
