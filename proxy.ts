import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { findPublicIndex } from "./db/queries/public-index";
import { LOCALE_COOKIE, routing } from "./i18n/routing";
import type { Locale } from "./lib/domain/vocabulary";
import { publicPathCheck, statesNoLanguage, type PublicIndex } from "./lib/routing/public-paths";

// Chooses the locale (switcher cookie, else Accept-Language, else the conference's
// default language), and gives unknown public URLs a real 404 status before
// streaming starts. Nothing here guards data: pages and handlers check for themselves.
const intlByDefaultLocale = Object.fromEntries(routing.locales.map((locale) => [locale, createMiddleware({ ...routing, defaultLocale: locale })])) as Record<
  Locale,
  ReturnType<typeof createMiddleware>
>;

export function proxy(request: NextRequest) {
  const segments = request.nextUrl.pathname.split("/").slice(1).map(safeDecode);
  const check = publicPathCheck(segments);
  let index: PublicIndex | null = null;
  let known = true;
  if (check) {
    try {
      index = findPublicIndex(check.conference);
      known = index !== null && check.exists(index);
    } catch {
      // If the database cannot answer, the page itself decides (and will say so).
    }
  }
  const defaultLocale =
    index && statesNoLanguage(request.cookies.get(LOCALE_COOKIE.name)?.value, request.headers.get("accept-language")) ? index.defaultLocale : routing.defaultLocale;
  const response = intlByDefaultLocale[defaultLocale](request);
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (known || !rewrite) return response;
  const locale = new URL(rewrite).pathname.split("/")[1];
  const notFound = NextResponse.rewrite(new URL(`/${locale}/404`, request.url));
  for (const cookie of response.headers.getSetCookie()) notFound.headers.append("set-cookie", cookie);
  return notFound;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const config = {
  // Everything but Next's own assets, files in public/ and the metadata routes: conference
  // exports such as /{conference}/schedule.ics live under [locale] too, so they pass through here.
  matcher: ["/((?!api|_next|_vercel|media/|favicon\\.svg|robots\\.txt|sitemap\\.xml).*)"],
};
