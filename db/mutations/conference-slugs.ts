import { and, eq, ne } from "drizzle-orm";
import type { Conn } from "../connection";
import type { forums, rooms, speakers, tracks } from "../schema";

// Forums, speakers, rooms and tracks are addressed by slug inside their conference (in URLs,
// imports and the API): a slug may repeat across conferences, never within one.

type InConference = typeof forums | typeof speakers | typeof rooms | typeof tracks;

/** Whether another row of the conference (not `exceptId`, the one being saved) already has the slug. */
export function slugTakenIn(
  tx: Conn,
  table: InConference,
  conferenceId: number,
  slug: string,
  exceptId: number | null,
): boolean {
  const clash = tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(eq(table.conferenceId, conferenceId), eq(table.slug, slug), exceptId ? ne(table.id, exceptId) : undefined),
    )
    .get();
  return clash !== undefined;
}
