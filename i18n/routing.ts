import { defineRouting } from "next-intl/routing";
import { locales } from "@/lib/domain/vocabulary";
import { LOCALE_COOKIE_NAME } from "@/lib/i18n/locale-cookie";

// The locale never shows in the URL: a shared agenda link works for everyone.
// The proxy decides it (lib/i18n/negotiate-locale.ts) and rewrites to /{locale}/…
// so every page gets it as a cacheable route param; next-intl's middleware is not used.
export const LOCALE_COOKIE = { name: LOCALE_COOKIE_NAME, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export const routing = defineRouting({
  locales,
  defaultLocale: "zh-CN",
  localePrefix: "never",
  localeCookie: LOCALE_COOKIE,
  localeDetection: false,
  alternateLinks: false,
});
