import { hasLocale } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import { findPublicIndex } from "./db/queries/public-index";
import { routing } from "./i18n/routing";
import { negotiateLocale } from "./lib/i18n/negotiate-locale";
import { publicPathCheck, type PublicIndex } from "./lib/routing/public-paths";

// Chooses the locale with the one negotiation (lib/i18n/negotiate-locale.ts, the same
// the page server keys stored pages by) and rewrites to /{locale}/…, and gives unknown
// public URLs a real 404 status before streaming starts. Nothing here guards data.

// next-intl reads the request's locale from this header where a page did not set it.
const NEXT_INTL_LOCALE_HEADER = "x-next-intl-locale";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const segments = pathname.split("/").slice(1).map(safeDecode);
  // Locales never show in URLs, so a shared link works for everyone: a prefixed one goes to the same page without it.
  if (hasLocale(routing.locales, segments[0])) {
    const url = request.nextUrl.clone();
    url.pathname = `/${pathname.split("/").slice(2).join("/")}`;
    return NextResponse.redirect(url);
  }
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
  const locale = negotiateLocale(
    request.headers.get("cookie"),
    request.headers.get("accept-language"),
    index?.defaultLocale ?? null,
  );
  const target = known ? `/${locale}${pathname === "/" ? "" : pathname}${search}` : `/${locale}/404`;
  const headers = new Headers(request.headers);
  headers.set(NEXT_INTL_LOCALE_HEADER, locale);
  const response = NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
  // Says which language the bytes are in; the page server checks it before keeping a copy.
  response.headers.set("Content-Language", locale);
  return response;
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
