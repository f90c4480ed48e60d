import type { z } from "zod";
import type { Db, Tx } from "../connection";
import { recordAudit, type AuditEntry } from "../audit";
import { problem, type Problem, type ProblemCode } from "@/lib/errors/problem";
import { problemsOf } from "@/lib/errors/zod-problems";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import type { ChangeSince } from "./write-result";

// Every workspace write runs the same four steps, in this order, and nothing else does:
// authorize (throws ForbiddenError; null means "not found") → parse (zod) → one
// transaction → its audit entries, written in that same transaction.

/** Who writes, through which database, at what moment. */
export interface WriteContext {
  db: Db;
  viewer: Viewer | null;
  now?: Date;
}

/** An edit based on a version someone else has since changed: what they changed. */
export interface StaleEdit {
  currentVersion: number;
  changesSince: ChangeSince[];
}

export type Refusal = { ok: false; problem: Problem; fields?: Record<string, Problem>; stale?: StaleEdit };
export type Result<T> = { ok: true; value: T } | Refusal;

export const refuse = {
  notFound: (): Refusal => ({ ok: false, problem: problem("notFound") }),
  because: (code: ProblemCode, values?: Problem["values"]): Refusal => ({ ok: false, problem: problem(code, values) }),
  /** One field is wrong: the form says "check the highlighted fields" and the field says why. */
  field: (field: string, code: ProblemCode, values?: Problem["values"]): Refusal => ({
    ok: false,
    problem: problem("checkFields"),
    fields: { [field]: problem(code, values) },
  }),
  parse: (error: z.ZodError): Refusal => ({ ok: false, problem: problem("checkFields"), fields: problemsOf(error) }),
  stale: (stale: StaleEdit): Refusal => ({ ok: false, problem: problem("stale"), stale }),
};

/** What the transaction step hands back: the value, and the audit entries that say what it did. */
export interface Written<T> {
  value: T;
  audit: AuditEntry | readonly AuditEntry[];
}

export interface Operation<Scope, Parsed, T> {
  /** Checks the viewer's right (throwing ForbiddenError) and loads what the write acts on; null when it does not exist. */
  authorize: (ctx: WriteContext) => Scope | null;
  schema: z.ZodType<Parsed>;
  input: unknown;
  /** The write itself, in one transaction; a refusal rolls everything back. */
  run: (tx: Tx, parsed: Parsed, scope: Scope, now: Date) => Written<T> | Refusal;
  /**
   * Take the write lock at once (BEGIN IMMEDIATE), for a write that counts rows before it adds
   * one (a rate limit, a link used once): two processes cannot then both pass the count.
   */
  immediate?: boolean;
}

/** `authorize` for a write on the signed-in account itself: anyone signed in, on their own account only. */
export const ownAccount = ({ viewer }: WriteContext): { userId: number } => {
  if (!viewer) throw new ForbiddenError();
  return { userId: viewer.userId };
};

const isRefusal = <T>(outcome: Written<T> | Refusal): outcome is Refusal => "ok" in outcome && outcome.ok === false;

/** Runs one write: authorize → parse → transaction → audit. */
export function write<Scope, Parsed, T>(ctx: WriteContext, op: Operation<Scope, Parsed, T>): Result<T> {
  const scope = op.authorize(ctx);
  if (scope === null) return refuse.notFound();
  const parsed = op.schema.safeParse(op.input);
  if (!parsed.success) return refuse.parse(parsed.error);
  const now = ctx.now ?? new Date();
  let refusal: Refusal | null = null;
  try {
    const value = ctx.db.transaction(
      (tx) => {
        const outcome = op.run(tx, parsed.data, scope, now);
        if (isRefusal(outcome)) {
          refusal = outcome;
          tx.rollback();
        }
        const { value, audit } = outcome as Written<T>;
        for (const entry of [audit].flat())
          recordAudit(tx, {
            ...entry,
            userId: entry.userId !== undefined ? entry.userId : (ctx.viewer?.userId ?? null),
            at: now,
          });
        return value;
      },
      op.immediate ? { behavior: "immediate" } : undefined,
    );
    return { ok: true, value };
  } catch (error) {
    // tx.rollback() throws to unwind the transaction, so a refusal set before it is the answer.
    // Not `instanceof TransactionRollbackError`: the production server bundles drizzle's error
    // classes more than once, and there every refusal from inside a transaction became a 500.
    if (refusal) return refusal;
    throw error;
  }
}
