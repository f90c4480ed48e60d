import type { Conn } from "../connection";
import { rooms, sessions, type Room } from "../schema";
import type { Viewer } from "@/lib/auth/permissions";
import { listWithSessionCounts } from "./conference-lists";

/** The rooms of a conference with how many sessions each holds. Organizers only. */
export const listRooms = (db: Conn, viewer: Viewer | null, conferenceId: number) =>
  listWithSessionCounts<Room>(db, viewer, conferenceId, rooms, sessions.roomId);
