import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { forums } from "../schema";

/** The ids of a conference's forums: a session has no conference of its own, it belongs to one through its forum. */
export function listForumIds(db: Conn, conferenceId: number): number[] {
  return db
    .select({ id: forums.id })
    .from(forums)
    .where(eq(forums.conferenceId, conferenceId))
    .all()
    .map((f) => f.id);
}
