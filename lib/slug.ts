import { z } from "zod";

/**
 * Top-level route names of the app. Public pages live at `/{conference}` and
 * the workspace at `/admin/{conference}` (beside `/admin/organizations`), so no
 * conference may take one of these as its slug.
 */
export const reservedSlugs = new Set([
  "admin",
  "api",
  "me",
  "login",
  "logout",
  "signin",
  "signout",
  "register",
  "invite",
  "invitations",
  "accept",
  "verify-email",
  "auth",
  "_next",
  "static",
  "public",
  "assets",
  "uploads",
  "media",
  "images",
  "favicon.ico",
  "robots.txt",
  "sitemap.xml",
  "manifest.json",
  "404",
  "search",
  "settings",
  "health",
  "conferences",
  "organizations",
  "about",
  "help",
]);

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
