"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LOCALE_COOKIE } from "@/i18n/routing";
import { locales, type Locale } from "@/lib/domain/vocabulary";

const labels: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

/** Stores the choice in the cookie the proxy reads, then loads the same URL again. */
function switchTo(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE.name}=${locale}; path=/; max-age=${LOCALE_COOKIE.maxAge}; samesite=${LOCALE_COOKIE.sameSite}`;
  // A full load, not router.refresh(): the locale is the root layout's param, and React
  // cannot swap the <html> of a root layout in place (both trees would stay mounted).
  window.location.reload();
}

/**
 * Switches the interface and content language. The choice goes into the
 * cookie the proxy reads, and the same URL is loaded again: links stay
 * language-neutral, so a shared agenda link works for everyone.
 */
export function LocaleSwitcher() {
  const current = useLocale();
  const t = useTranslations("layout");
  const [pending, setPending] = useState(false);

  function choose(locale: Locale) {
    setPending(true);
    switchTo(locale);
  }

  return (
    <nav aria-label={t("language")} className="text-sm">
      <ul className="flex items-center gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              aria-pressed={locale === current}
              disabled={pending}
              onClick={() => locale !== current && choose(locale)}
              className={
                locale === current
                  ? "rounded-md bg-brand-50 px-2 py-1 font-medium text-brand-700"
                  : "rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              }
            >
              {labels[locale]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
