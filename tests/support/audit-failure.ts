import type { Db } from "@/db/connection";

/**
 * Runs `fn` while every insert into the audit log fails, as a full disk or a broken
 * trigger would make it: a write whose audit entry shares its transaction leaves nothing behind.
 */
export function whileAuditFails<T>(db: Db, fn: () => T): T {
  db.$client.exec(
    "create temp trigger audit_fails before insert on audit_log begin select raise(abort, 'audit refused'); end",
  );
  try {
    return fn();
  } finally {
    db.$client.exec("drop trigger audit_fails");
  }
}
