import type { Db } from "./connection";
import { auditLog } from "./schema";
import type { FieldChanges } from "@/lib/audit/field-changes";

export interface AuditInput {
  userId: number | null;
  conferenceId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  /** Before and after of each changed field. */
  changes?: FieldChanges;
  /** The entity's version after the write, for showing what changed since a stale read. */
  version?: number;
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log, in the caller's transaction. */
export function recordAudit(db: Db, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      userId: entry.userId,
      conferenceId: entry.conferenceId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      details: {
        ...entry.details,
        ...(entry.changes ? { changes: entry.changes } : {}),
        ...(entry.version !== undefined ? { version: entry.version } : {}),
      },
    })
    .run();
}
