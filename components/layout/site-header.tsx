import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { ViewerLink } from "./viewer-link";

// Static on purpose: public pages stay cacheable, so the server never reads who is signed in
// here; the browser asks after the page has loaded (ViewerLink).
export function SiteHeader() {
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
          <ViewerLink />
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
