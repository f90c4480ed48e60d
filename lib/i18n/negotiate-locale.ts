import Negotiator from "negotiator";
import { locales, type Locale } from "@/lib/domain/vocabulary";
import { LOCALE_COOKIE_NAME } from "./locale-cookie";

// The one place that decides the language of a request. The proxy rewrites to it,
// next-intl's request config falls back to it, and the page server keys stored pages
// by it, so the three cannot disagree. Pure: headers in, locale out.

const isLocale = (value: string | undefined): value is Locale => (locales as readonly string[]).includes(value ?? "");

/**
 * The switcher's cookie as Next.js's cookie parser reads it: pairs split on "; ",
 * a value that does not decode is skipped, the last one left wins.
 */
export function localeCookie(cookieHeader: string | null | undefined): Locale | null {
  let value: string | undefined;
  for (const pair of (cookieHeader ?? "").split(/; */)) {
    const at = pair.indexOf("=");
    if (at === -1 || pair.slice(0, at) !== LOCALE_COOKIE_NAME) continue;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // A malformed value (e.g. "%") is ignored, as Next.js ignores it.
    }
  }
  return isLocale(value) ? value : null;
}

/** True for a well-formed BCP 47 tag; anything else in the header states no language. */
function isLanguageTag(tag: string): boolean {
  try {
    return tag !== "*" && Intl.getCanonicalLocales(tag.replaceAll("_", "-")).length === 1;
  } catch {
    return false;
  }
}

/** Podium's locale for one language tag of Accept-Language, or null for a language it does not have. */
function localeOfTag(tag: string): Locale | null {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return language === "zh" ? "zh-CN" : language === "en" ? "en" : null;
}

/**
 * The language of a request: a valid switcher cookie; else the Accept-Language
 * entry with the highest q that Podium has (any zh → zh-CN, any en → en), or
 * English when the header names only languages Podium lacks; else, when the
 * request states no language, the conference's default, else zh-CN.
 */
export function negotiateLocale(
  cookieHeader: string | null | undefined,
  acceptLanguage: string | null | undefined,
  conferenceDefault: Locale | null,
): Locale {
  const chosen = localeCookie(cookieHeader);
  if (chosen) return chosen;
  // Negotiator drops q=0 entries and orders by q, ties in the order given.
  const named = new Negotiator({ headers: { "accept-language": acceptLanguage ?? undefined } })
    .languages()
    .filter(isLanguageTag);
  for (const tag of named) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  // Someone who reads none of our languages is more likely to read English than Chinese.
  if (named.length) return "en";
  return conferenceDefault ?? "zh-CN";
}
