import type { Conn } from "../connection";
import { sessions, tracks, type Track } from "../schema";
import type { Viewer } from "@/lib/auth/permissions";
import { listWithSessionCounts } from "./conference-lists";

/** The tracks of a conference with how many sessions each holds. Organizers only. */
export const listTracks = (db: Conn, viewer: Viewer | null, conferenceId: number) =>
  listWithSessionCounts<Track>(db, viewer, conferenceId, tracks, sessions.trackId);
