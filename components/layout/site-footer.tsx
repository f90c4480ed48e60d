import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("layout");
  return (
    <footer id="site-footer" className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>Podium · {t("tagline")}</p>
        <p>{t("openSource")}</p>
      </div>
    </footer>
  );
}
