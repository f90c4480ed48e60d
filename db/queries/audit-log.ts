import { count, desc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { auditLog, users } from "../schema";
import type { FieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export interface AuditRow {
  id: number;
  at: Date;
  by: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChanges;
  details: Record<string, unknown>;
}

/** One page of a conference's audit log, newest first. Organizers only. */
export function listAuditLog(db: Db, actor: Actor | null, conferenceId: number, page: number, pageSize = 50): { rows: AuditRow[]; total: number } {
  assertCan(actor, { action: "conference.manage", conferenceId });
  const total = db.select({ n: count() }).from(auditLog).where(eq(auditLog.conferenceId, conferenceId)).get()?.n ?? 0;
  const rows = db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, details: auditLog.details, email: users.email, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(eq(auditLog.conferenceId, conferenceId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset(Math.max(0, page - 1) * pageSize)
    .all();
  return {
    total,
    rows: rows.map(({ email, name, details, ...r }) => {
      const { changes, ...rest } = details as { changes?: FieldChanges };
      return { ...r, by: name || email || null, changes: changes ?? {}, details: rest };
    }),
  };
}
