import { defineRouting } from "next-intl/routing";
import { locales } from "@/lib/domain/vocabulary";

// The locale never shows in the URL: a shared agenda link works for everyone.
// The proxy picks it from the switcher's cookie, else Accept-Language, else zh-CN,
// and rewrites to /{locale}/… so every page gets it as a cacheable route param.
export const LOCALE_COOKIE = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export const routing = defineRouting({
  locales,
  defaultLocale: "zh-CN",
  localePrefix: "never",
  localeCookie: LOCALE_COOKIE,
  alternateLinks: false,
});
