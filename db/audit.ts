import type { Conn } from "./connection";
import { auditLog } from "./schema";
import type { AuditAction, AuditEntityType } from "@/lib/audit/actions";
import type { FieldChanges } from "@/lib/audit/field-changes";

/** What a write says it did; the pipeline adds who and when. */
export interface AuditEntry {
  /**
   * Who did it, when not the viewer: the account a token stands for (a confirmation link
   * opened without signing in). Otherwise the pipeline records its viewer.
   */
  userId?: number | null;
  conferenceId: number | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | number;
  /** Before and after of each changed field. */
  changes?: FieldChanges;
  /** The entity's version after the write, for showing what changed since a stale read. */
  version?: number;
  details?: Record<string, unknown>;
}

export interface AuditInput extends AuditEntry {
  userId: number | null;
  at?: Date;
}

/** Appends one entry to the audit log, in the caller's transaction. */
export function recordAudit(db: Conn, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      ...(entry.at ? { at: entry.at } : {}),
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
