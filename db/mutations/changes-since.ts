import { and, asc, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { auditLog, users } from "../schema";
import type { FieldChanges } from "@/lib/audit/field-changes";
import type { ChangeSince } from "./write-result";

/** The audited writes to an entity after `version`, for telling an editor what changed meanwhile. */
export function changesSince(db: Conn, entityType: string, entityId: number, version: number): ChangeSince[] {
  return db
    .select({ at: auditLog.at, details: auditLog.details, name: users.name, email: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all()
    .flatMap((row) => {
      const v = typeof row.details.version === "number" ? row.details.version : null;
      if (v === null || v <= version) return [];
      return [
        {
          at: row.at,
          by: row.name || row.email || null,
          version: v,
          changes: (row.details.changes ?? {}) as FieldChanges,
        },
      ];
    });
}
