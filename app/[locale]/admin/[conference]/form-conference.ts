import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { conferences } from "@/db/schema";

/** The conference a workspace form names in `$conference`; rights are checked by the data function. */
export function conferenceOf(formData: FormData): { id: number; slug: string } | null {
  return conferenceBySlug(String(formData.get("$conference") ?? ""));
}

export function conferenceBySlug(slug: string): { id: number; slug: string } | null {
  const row = getDb().select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, slug)).get();
  return row ? { id: row.id, slug } : null;
}
