import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

// Static on purpose: public pages stay cacheable, so the header never reads who is signed in.
export function SiteHeader() {
  const t = useTranslations("signIn");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">
            P
          </span>
          Podium
        </Link>
        <div className="flex items-center gap-4">
          <Link href="/signin" className="text-sm text-slate-600 hover:text-brand-700 hover:underline">
            {t("headerLink")}
          </Link>
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
