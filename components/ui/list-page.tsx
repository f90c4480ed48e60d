import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { ListControls, ListPager, type ListSelect, type ListState } from "./list-controls";
import { SavedNotice } from "./saved-notice";

/**
 * The frame of every workspace list: the "saved" notice, the title with the page's own links,
 * a line of explanation, the search and filters, the table, the pages, and what follows (a form).
 */
export function ListPage({
  title,
  locale,
  saved,
  create,
  intro,
  list,
  selects,
  pages,
  total,
  children,
  footer,
}: {
  title: string;
  locale: string;
  saved: string | string[] | undefined;
  /** The link to a new item's page, where the list has one. */
  create?: { href: string; label: string } | null;
  intro?: ReactNode;
  list: ListState;
  selects?: ListSelect[];
  pages: number;
  total: number;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div>
      <SavedNotice saved={saved} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {create ? (
          <Link href={create.href} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
            {create.label}
          </Link>
        ) : null}
      </div>
      {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-3">
        <ListControls list={list} selects={selects} />
      </div>
      {children}
      <ListPager list={list} pages={pages} total={total} />
      {footer}
    </div>
  );
}
