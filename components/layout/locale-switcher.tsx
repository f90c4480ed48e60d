import { locales, type Locale } from "@/lib/domain/vocabulary";

const labels: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

/**
 * Shows the interface languages. Pages render in the conference's default
 * locale (zh-CN) for now; choosing a language arrives with the public-agenda
 * issue, so the other languages are shown but not yet selectable.
 */
export function LocaleSwitcher({ current = "zh-CN" }: { current?: Locale }) {
  return (
    <nav aria-label="语言 / Language" className="text-sm">
      <ul className="flex items-center gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <span
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              aria-disabled={locale === current ? undefined : "true"}
              className={
                locale === current ? "rounded-md bg-brand-50 px-2 py-1 font-medium text-brand-700" : "px-2 py-1 text-slate-500"
              }
            >
              {labels[locale]}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
