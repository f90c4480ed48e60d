import { z } from "zod";
import { reservedSlugs } from "@/lib/routing/reserved-slugs";

export { reservedSlugs };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z.string().trim().min(1).max(80).regex(SLUG, "invalidSlug");

/** A conference slug: a slug that is not one of the app's own top-level routes. */
export const conferenceSlugSchema = slugSchema.refine((s) => !reservedSlugs.has(s), "reservedSlug");

export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= 80;
}

/** Turns ASCII text into a slug; returns "" when nothing ASCII is left (Chinese names need a slug chosen by hand). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
