import { asc, count, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { sessions, type rooms, type Room, type Track, type tracks } from "../schema";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

// Rooms and tracks are listed alike (see db/mutations/conference-lists.ts): each row with how many
// sessions point to it, counted through the row's own conference.

/** A conference's rooms or tracks to choose from, in the organizers' order. */
export const listChoices = (db: Conn, table: typeof rooms | typeof tracks, conferenceId: number) =>
  db
    .select({ id: table.id, name: table.name, translations: table.translations })
    .from(table)
    .where(eq(table.conferenceId, conferenceId))
    .orderBy(asc(table.position), asc(table.id))
    .all();

/** A conference's rooms or tracks, each with how many sessions point to it. Organizers only. */
export function listWithSessionCounts<R extends Room | Track>(
  db: Conn,
  viewer: Viewer | null,
  conferenceId: number,
  table: typeof rooms | typeof tracks,
  usedBy: typeof sessions.roomId | typeof sessions.trackId,
): Array<R & { sessionCount: number }> {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const counts = new Map(
    db
      .select({ id: usedBy, n: count() })
      .from(sessions)
      .innerJoin(table, eq(table.id, usedBy))
      .where(eq(table.conferenceId, conferenceId))
      .groupBy(usedBy)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const rows = db.select().from(table).where(eq(table.conferenceId, conferenceId)).all() as R[];
  return rows.map((r) => ({ ...r, sessionCount: counts.get(r.id) ?? 0 }));
}
