import { RoomForm } from "@/components/admin/room-form";
import { listRooms } from "@/db/queries/rooms";
import { OrderedItemsPage } from "../ordered-items";
import { saveRoomAction } from "./actions";

export default function RoomsPage({ params, searchParams }: PageProps<"/[locale]/admin/[conference]/rooms">) {
  return (
    <OrderedItemsPage
      kind="room"
      params={params}
      searchParams={searchParams}
      rows={listRooms}
      own={(t) => ({ label: t("capacity"), cell: (r) => r.capacity ?? "—", className: "tabular-nums" })}
      form={(conference) => <RoomForm conference={conference.slug} room={null} save={saveRoomAction} />}
    />
  );
}
