import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { findPublicIndex } from "./db/queries/public-index";
import { routing } from "./i18n/routing";
import { publicPathCheck } from "./lib/routing/public-paths";

// Chooses the locale, and gives unknown public URLs a real 404 status before
// streaming starts. Nothing here guards data: pages and handlers check for themselves.
const intl = createMiddleware(routing);

export function proxy(request: NextRequest) {
  const response = intl(request);
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (!rewrite) return response;
  const target = new URL(rewrite);
  const [locale, ...segments] = target.pathname.split("/").slice(1).map(safeDecode);
  const check = publicPathCheck(segments);
  if (!check) return response;
  let exists: boolean;
  try {
    const index = findPublicIndex(check.conference);
    exists = index !== null && check.exists(index);
  } catch {
    // If the database cannot answer, the page itself decides (and will say so).
    return response;
  }
  if (exists) return response;
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
  matcher: ["/((?!api|_next|_vercel|favicon\\.svg|robots\\.txt|sitemap\\.xml).*)"],
};
