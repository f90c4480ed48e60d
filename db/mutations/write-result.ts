import type { FieldChanges } from "@/lib/audit/field-changes";

/** What changed since a stale read: one entry per write, newest last. */
export interface ChangeSince {
  at: Date;
  by: string | null;
  version: number;
  changes: FieldChanges;
}
