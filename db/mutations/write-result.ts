import type { FieldChanges } from "@/lib/audit/field-changes";

/** What changed since a stale read: one entry per write, newest last. */
export interface ChangeSince {
  at: Date;
  by: string | null;
  version: number;
  changes: FieldChanges;
}

export type WriteResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "invalid"; message: string; field?: string }
  | { ok: false; reason: "stale"; currentVersion: number; changesSince: ChangeSince[] };
