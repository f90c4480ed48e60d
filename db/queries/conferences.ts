import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { conferences } from "../schema";

/** The conference a form names by slug (`$conference`), as id and slug; rights are the write's to check. */
export function findConferenceBySlug(db: Conn, slug: string): { id: number; slug: string } | null {
  if (!slug) return null;
  const row = db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}
