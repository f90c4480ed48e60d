import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { pagerPages, searchPageHref } from "@/lib/search/paging";
import type { SearchPaging } from "@/lib/search/results";

const linkClass = "grid min-h-11 min-w-11 place-items-center rounded-md px-3 text-sm font-medium";

/** Links to the other pages of results: plain links, so paging works without JavaScript. */
export function SearchPager({
  conference,
  query,
  paging,
}: {
  conference: string;
  query: string;
  paging: SearchPaging;
}) {
  const t = useTranslations("search");
  const { page, pages } = paging;
  if (pages <= 1) return null;
  const href = (p: number) => searchPageHref(conference, query, p);
  return (
    <nav aria-label={t("pagerLabel")} className="mt-8 flex flex-wrap items-center gap-1 print:hidden">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={`${linkClass} text-brand-700 hover:bg-slate-100`}>
          ← {t("previous")}
        </Link>
      ) : null}
      {pagerPages(page, pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={href(p)}
            aria-label={t("pageLink", { page: p })}
            aria-current={p === page ? "page" : undefined}
            className={`${linkClass} text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
          >
            {p}
          </Link>
        ),
      )}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={`${linkClass} text-brand-700 hover:bg-slate-100`}>
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
