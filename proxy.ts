import { hasLocale } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import { workspaceAnswer } from "./db/auth/workspace-gate";
import { findPublicState, type PublicState } from "./db/queries/public-index";
import { routing } from "./i18n/routing";
import { negotiateLocale } from "./lib/i18n/negotiate-locale";
import { RELEASE_RESPONSE_HEADER } from "./lib/offline/offline-paths";
import { publicPathCheck } from "./lib/routing/public-paths";
import { workspacePathCheck } from "./lib/routing/workspace-paths";
import { REVISION_HEADER, revisionHeader } from "./lib/serving/revision-header";

// Chooses the locale with the one negotiation (lib/i18n/negotiate-locale.ts, the same
// the page server keys stored pages by) and rewrites to /{locale}/…, and gives unknown
// public URLs a real 404 status before streaming starts. The conference's revision, read
// for that check, is handed to the page (lib/serving/revision-header.ts). Nothing here guards data.

// next-intl reads the request's locale from this header where a page did not set it.
const NEXT_INTL_LOCALE_HEADER = "x-next-intl-locale";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const segments = pathname.split("/").slice(1).map(safeDecode);
  // Locales never show in URLs, so a shared link works for everyone: a prefixed one goes to the same page without it.
  if (hasLocale(routing.locales, segments[0])) {
    const url = request.nextUrl.clone();
    url.pathname = `/${pathname.split("/").slice(2).join("/")}`;
    return NextResponse.redirect(url);
  }
  const check = publicPathCheck(segments);
  let state: PublicState | null = null;
  let known = true;
  if (check) {
    try {
      state = findPublicState(check.conference);
      known = state !== null && check.exists(state.index);
    } catch {
      // If the database cannot answer, the page itself decides (and will say so).
    }
  }
  // A workspace page the signed-in person may not open (a forum editor on publish, anyone on
  // another tenant's conference) is a real 404 too. Signed out, a real redirect to sign in: the
  // page's own redirect() comes after its loading shell streamed, and needs the client to follow it.
  const workspace = request.method === "GET" || request.method === "HEAD" ? workspacePathCheck(segments) : null;
  if (workspace) {
    try {
      const answer = await workspaceAnswer(request.headers, workspace);
      if (answer === "signedOut") return signInRedirect(request);
      known = answer !== "notFound";
    } catch {
      // As above: the page checks the viewer's rights itself.
    }
  }
  const locale = negotiateLocale(
    request.headers.get("cookie"),
    request.headers.get("accept-language"),
    state?.index.defaultLocale ?? null,
  );
  const target = known ? `/${locale}${pathname === "/" ? "" : pathname}${search}` : `/${locale}/404`;
  const headers = new Headers(request.headers);
  headers.set(NEXT_INTL_LOCALE_HEADER, locale);
  // Always set or removed here, so what a page reads is this proxy's word, never a visitor's.
  if (check && state && known) headers.set(REVISION_HEADER, revisionHeader(check.conference, state.revision));
  else headers.delete(REVISION_HEADER);
  const response = NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
  // Says which language the bytes are in; the page server checks it before keeping a copy.
  response.headers.set("Content-Language", locale);
  // Marks a published conference's public page and its release: the service worker keeps only
  // answers so marked, under that revision (lib/offline/offline-paths.ts).
  if (check && state && known) {
    response.headers.set(RELEASE_RESPONSE_HEADER, state.revision);
    // My agenda is rendered per request from its URL's list and the release: public, though
    // Next.js would mark a per-request render private and no-store, which no cache may keep.
    if (segments[1] === "my-agenda" && segments.length === 2) response.headers.set("Cache-Control", "public, no-cache");
  }
  return response;
}

function signInRedirect(request: NextRequest) {
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const config = {
  // Everything but Next's own assets, files in public/, the metadata routes and the service
  // worker: conference exports such as /{conference}/schedule.ics live under [locale] too, so they pass through here.
  matcher: [
    "/((?!api|_next|_vercel|media/|podium-icon-[0-9]+\\.png|favicon\\.svg|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|sw\\.js).*)",
  ],
};
