import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { listHref, type ListState } from "./list-controls";

export interface Column<Row> {
  label: string;
  /** The sort this column's header switches to; without one the header is plain text. */
  sort?: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

/** A sortable column header: sorts by its column, or reverses the direction when it already does. */
function SortHeader({ list, sort, label }: { list: ListState; sort: string; label: string }) {
  const active = list.query.sort === sort;
  const dir = active && list.query.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (list.query.dir === "asc" ? "ascending" : "descending") : undefined}
      className="py-2 pr-3"
    >
      <Link href={listHref(list, { sort, dir, page: 1 })} className="hover:underline">
        {label}
        {active ? (list.query.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

/**
 * A workspace list as a table. On a phone each row becomes a card of labelled lines, so nothing —
 * the row's action least of all — lies beyond the screen's edge; the sortable headers stay as links.
 */
export function DataTable<Row>({
  list,
  columns,
  rows,
  rowKey,
  action,
  actionLabel,
}: {
  list: ListState;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** The row's own control (edit link, revoke button); its column header is for screen readers. */
  action?: (row: Row) => ReactNode;
  actionLabel?: string;
}) {
  const t = useTranslations("adminList");
  return (
    <>
      <table className="mt-4 w-full text-left text-sm max-sm:block">
        <thead className="border-b border-slate-300 text-slate-600 max-sm:block max-sm:border-0">
          <tr className="max-sm:flex max-sm:flex-wrap max-sm:gap-x-1">
            {columns.map((c) =>
              c.sort ? (
                <SortHeader key={c.label} list={list} sort={c.sort} label={c.label} />
              ) : (
                <th key={c.label} scope="col" className="py-2 pr-3 max-sm:hidden">
                  {c.label}
                </th>
              ),
            )}
            {action ? (
              <th scope="col" className="py-2 max-sm:hidden">
                <span className="sr-only">{actionLabel ?? t("edit")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top max-sm:block max-sm:divide-y-0">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="max-sm:mb-3 max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:p-3"
            >
              {columns.map((c, i) => (
                <td key={c.label} className={`py-2 pr-3 max-sm:flex max-sm:gap-2 max-sm:py-0.5 ${c.className ?? ""}`}>
                  {/* The first cell is the card's title; the others say what they are, as the header would. */}
                  {i > 0 ? (
                    <span aria-hidden="true" className="w-24 shrink-0 text-slate-500 sm:hidden">
                      {c.label}
                    </span>
                  ) : null}
                  <div className={`min-w-0 break-words ${i === 0 ? "max-sm:font-medium" : ""}`}>{c.cell(row)}</div>
                </td>
              ))}
              {action ? <td className="py-2 max-sm:block max-sm:pt-2">{action(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="mt-3 text-slate-600">{t("empty")}</p> : null}
    </>
  );
}

/** "Edit" for a row, naming the row for screen readers; for a row the viewer may not edit, what to say instead. */
export function EditLink({
  href,
  name,
  editable = true,
  otherwise = null,
}: {
  href: string;
  name: string;
  editable?: boolean;
  otherwise?: string | null;
}) {
  const t = useTranslations("adminList");
  if (!editable) return otherwise ? <span className="text-slate-500">{otherwise}</span> : null;
  return (
    <Link href={href} className="text-brand-700 underline">
      {t("edit")}
      <span className="sr-only"> {name}</span>
    </Link>
  );
}
