"use client";

import { type ReactNode, type SelectHTMLAttributes, useState } from "react";

/** The rows of a repeating form section (forum organizations, links, people), kept while the form is open. */
export function useRows<Row>(initial: Row[]) {
  const [rows, setRows] = useState(initial);
  return {
    rows,
    add: (row: Row) => setRows((all) => [...all, row]),
    remove: (index: number) => setRows((all) => all.filter((_, i) => i !== index)),
    update: (index: number, changes: Partial<Row>) =>
      setRows((all) => all.map((r, i) => (i === index ? { ...r, ...changes } : r))),
    move: (index: number, by: -1 | 1) =>
      setRows((all) => {
        const to = index + by;
        if (to < 0 || to >= all.length) return all;
        const next = [...all];
        [next[index], next[to]] = [next[to]!, next[index]!];
        return next;
      }),
  };
}

/** Rows posted as one hidden JSON field; after a refused save, the rows come back as they were typed. */
export function initialRows<Row>(typed: string | undefined, saved: Row[]): Row[] {
  if (typed === undefined) return saved;
  try {
    const rows: unknown = JSON.parse(typed);
    return Array.isArray(rows) ? (rows as Row[]) : saved;
  } catch {
    return saved;
  }
}

/** What a row's control says of its problem: invalid, and described by the row's error (`errorId`). */
export function rowInvalid(errorId: string, error: string | undefined) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": error ? errorId : undefined };
}

export function RowError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

/** One row of a repeating section: its controls, then its remove button, and under them the row's problem (`errorId`). */
export function EditableRow({
  errorId,
  error,
  onRemove,
  remove,
  removeLabel,
  children,
}: {
  errorId: string;
  error: string | undefined;
  onRemove: () => void;
  /** What the button shows; `removeLabel` names the row for a screen reader when that is only a sign. */
  remove: ReactNode;
  removeLabel?: string;
  children: ReactNode;
}) {
  return (
    <li>
      <div className="flex flex-wrap items-center gap-2">
        {children}
        <button type="button" onClick={onRemove} aria-label={removeLabel} className={rowButton}>
          {remove}
        </button>
      </div>
      <RowError id={errorId} error={error} />
    </li>
  );
}

export const rowControl = "rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
export const rowButton = "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40";

/** A row's choice from a closed list (a role, a kind of link), each value in the viewer's words. */
export function RowSelect<Value extends string>({
  values,
  label,
  onPick,
  className = rowControl,
  ...select
}: {
  values: readonly Value[];
  label: (value: Value) => string;
  onPick: (value: Value) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange">) {
  return (
    <select {...select} onChange={(e) => onPick(e.target.value as Value)} className={className}>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
}
