import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { webhookDeliveries, webhookEndpoints } from "../schema";
import { retryDelayMs } from "@/lib/webhooks/backoff";
import type { AttemptOutcome, Message } from "@/lib/webhooks/send";

export interface ClaimedDelivery extends Message {
  id: number;
  attempts: number;
  leaseUntil: Date;
}

/**
 * Takes up to `limit` due deliveries of enabled endpoints for one attempt each: in one
 * immediate transaction, so two workers never take the same row, it sets a lease and counts
 * the attempt before anything is sent. A worker killed while sending leaves its lease behind;
 * once the lease has expired the delivery is due again, under the same message id.
 */
export function claimDueDeliveries(db: Db, now: Date, limit: number, leaseMs: number): ClaimedDelivery[] {
  if (limit <= 0) return [];
  const leaseUntil = new Date(now.getTime() + leaseMs);
  return db.transaction(
    (tx) => {
      const due = tx
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(
          and(
            eq(webhookDeliveries.status, "pending"),
            lte(webhookDeliveries.nextAttemptAt, now),
            or(isNull(webhookDeliveries.leaseUntil), lte(webhookDeliveries.leaseUntil, now)),
            eq(webhookEndpoints.enabled, true),
          ),
        )
        .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
        .limit(limit)
        .all()
        .map((d) => d.id);
      if (due.length === 0) return [];
      for (const id of due)
        tx.update(webhookDeliveries)
          .set({ leaseUntil, lastAttemptAt: now, attempts: sql`${webhookDeliveries.attempts} + 1` })
          .where(eq(webhookDeliveries.id, id))
          .run();
      return tx
        .select({
          id: webhookDeliveries.id,
          attempts: webhookDeliveries.attempts,
          messageId: webhookDeliveries.messageId,
          body: webhookDeliveries.body,
          url: webhookEndpoints.url,
          signingKey: webhookEndpoints.signingKey,
        })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(inArray(webhookDeliveries.id, due))
        .all()
        .map((d) => ({ ...d, leaseUntil }));
    },
    { behavior: "immediate" },
  );
}

/**
 * Writes what an attempt came to, if the claim is still this worker's: delivered on a 2xx;
 * otherwise due again after the backoff, or failed once its 24 hours are over. `retryNow`
 * (an attempt cut short by the server stopping) makes it due at once, without waiting.
 */
export function recordAttempt(
  db: Db,
  claimed: Pick<ClaimedDelivery, "id" | "attempts" | "leaseUntil">,
  outcome: AttemptOutcome,
  now: Date,
  { retryNow = false } = {},
): void {
  const ours = and(eq(webhookDeliveries.id, claimed.id), eq(webhookDeliveries.leaseUntil, claimed.leaseUntil));
  const last = {
    leaseUntil: null,
    lastStatusCode: outcome.statusCode,
    lastDurationMs: outcome.durationMs,
    lastError: outcome.error?.slice(0, 500) ?? null,
  };
  db.transaction(
    (tx) => {
      if (outcome.ok) {
        tx.update(webhookDeliveries)
          .set({ ...last, status: "delivered", deliveredAt: now })
          .where(ours)
          .run();
        return;
      }
      const row = tx.select({ retryUntil: webhookDeliveries.retryUntil }).from(webhookDeliveries).where(ours).get();
      if (!row) return;
      const next = retryNow ? now : new Date(now.getTime() + retryDelayMs(claimed.attempts));
      tx.update(webhookDeliveries)
        .set(!retryNow && now >= row.retryUntil ? { ...last, status: "failed" } : { ...last, nextAttemptAt: next })
        .where(ours)
        .run();
    },
    { behavior: "immediate" },
  );
}
