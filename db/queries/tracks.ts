import { count, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { forums, sessions, tracks, type Track } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

/** The tracks of a conference with how many sessions each holds. Organizers only. */
export function listTracks(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
): Array<Track & { sessionCount: number }> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = new Map(
    db
      .select({ trackId: sessions.trackId, n: count() })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .where(eq(forums.conferenceId, conferenceId))
      .groupBy(sessions.trackId)
      .all()
      .map((r) => [r.trackId, r.n]),
  );
  return db
    .select()
    .from(tracks)
    .where(eq(tracks.conferenceId, conferenceId))
    .all()
    .map((r) => ({ ...r, sessionCount: counts.get(r.id) ?? 0 }));
}
