import { count, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { rooms, sessions, type Room } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

/** The rooms of a conference with how many sessions each holds. Organizers only. */
export function listRooms(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
): Array<Room & { sessionCount: number }> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = new Map(
    db
      .select({ roomId: sessions.roomId, n: count() })
      .from(sessions)
      .innerJoin(rooms, eq(rooms.id, sessions.roomId))
      .where(eq(rooms.conferenceId, conferenceId))
      .groupBy(sessions.roomId)
      .all()
      .map((r) => [r.roomId, r.n]),
  );
  return db
    .select()
    .from(rooms)
    .where(eq(rooms.conferenceId, conferenceId))
    .all()
    .map((r) => ({ ...r, sessionCount: counts.get(r.id) ?? 0 }));
}
