import type { Db } from "@/db/connection";
import { expect } from "vitest";

/**
 * Runs `fn` while every insert into the audit log fails, as a full disk or a broken
 * trigger would make it: a write whose audit entry shares its transaction leaves nothing behind.
 * An async `fn` (an upload decoded before its write) keeps the failure until it settles.
 */
export function whileAuditFails<T>(db: Db, fn: () => T): T {
  db.$client.exec(
    "create temp trigger audit_fails before insert on audit_log begin select raise(abort, 'audit refused'); end",
  );
  const restore = () => db.$client.exec("drop trigger audit_fails");
  let result: T;
  try {
    result = fn();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

/** Expects `fn`, run while the audit log refuses every entry, to fail with that refusal. */
export const expectAuditRefusal = (db: Db, fn: () => unknown) =>
  expect(() => whileAuditFails(db, fn)).toThrow(/audit refused/);
