/**
 * The app's top-level routes: public pages live at `/{conference}`, so no conference may take
 * one of these as its slug. Names with a dot or an underscore (robots.txt, _next) cannot be slugs.
 * tests/unit/validation.test.ts checks this list against the folders of app/. Apart from lib/slug.ts
 * (which brings zod) so that the service worker can read it.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  "admin",
  "api",
  "me",
  "signin",
  "invite",
  "verify-email",
  "media",
  "404",
  // The service worker's script (app/sw.js/route.ts): not a slug, but listed so no path check takes it for a conference.
  "sw.js",
]);
