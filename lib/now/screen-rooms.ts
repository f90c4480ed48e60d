import type { ProgrammeView, RoomView } from "@/lib/programme/programme-view";

/** The rooms that get a screen: those holding a session of the release, in room order (as publicIndex counts them). */
export function screenRooms(view: ProgrammeView): RoomView[] {
  const used = new Set(view.sessions.flatMap((s) => (s.room ? [s.room.slug] : [])));
  return view.rooms.filter((room) => used.has(room.slug));
}
