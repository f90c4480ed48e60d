import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { DataTable, type Column } from "./data-table";
import { ListControls, ListPager, type ListSelect, type ListState } from "./list-controls";
import { SavedNotice } from "./saved-notice";

/**
 * The frame of every workspace list: the "saved" notice, the title with the page's own links,
 * a line of explanation, the search and filters, the table, the pages, and what follows (a form).
 */
export function ListPage<Row>({
  title,
  locale,
  saved,
  create,
  intro,
  list,
  selects,
  page,
  columns,
  rowKey,
  action,
  actionLabel,
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
  /** One page of the list, as lib/admin/list-query's paginate cuts it. */
  page: { items: Row[]; pages: number; total: number };
  columns: Column<Row>[];
  rowKey: (row: Row) => string | number;
  action?: (row: Row) => ReactNode;
  actionLabel?: string;
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
      <DataTable
        list={list}
        rows={page.items}
        columns={columns}
        rowKey={rowKey}
        action={action}
        actionLabel={actionLabel}
      />
      <ListPager list={list} pages={page.pages} total={page.total} />
      {footer}
    </div>
  );
}
