import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "@/db/connection";
import * as schema from "@/db/schema";
import { claimDueDeliveries, recordAttempt, type ClaimedDelivery } from "@/db/webhooks/queue";
import { sendMessage } from "@/lib/webhooks/send";

export interface WebhookWorkerOptions {
  databaseFile: string;
  /** How often the queue is looked at when nothing is in flight (WEBHOOKS_POLL_MS, default 1 s). */
  pollMs?: number;
  /** Deliveries sent at once: a slow endpoint holds one slot, never a page or an action. */
  concurrency?: number;
  /** The most one attempt may take, connection to last byte. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface WebhookWorker {
  /** Stops taking deliveries; waits briefly for those in flight, then cuts them short (they are due again at once). */
  stop: (graceMs?: number) => Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
// A claim outlives the longest attempt by a margin, so it expires only when its worker is gone.
const LEASE_MARGIN_MS = 30_000;

/**
 * Sends queued webhook deliveries from inside the server process, from the database: a
 * release published by `npm run import -- --publish` is sent by the running server. Each
 * round claims what is due (db/webhooks/queue.ts), sends it in the background and records
 * the outcome; nothing waits on it but the worker itself.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const pollMs = options.pollMs ?? (Number(process.env.WEBHOOKS_POLL_MS) || 1000);
  const concurrency = options.concurrency ?? 4;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const write = options.log ?? ((message: string) => console.error(message));
  // A queue that cannot be read (a database not migrated yet) says so once, not every poll.
  let lastLogged = "";
  const log = (message: string) => {
    if (message !== lastLogged) write(message);
    lastLogged = message;
  };
  // A connection of its own, not counted with the pages' statements (`npm run bench`).
  const client = new Database(options.databaseFile, { fileMustExist: true });
  client.pragma("busy_timeout = 5000");
  client.pragma("foreign_keys = ON");
  client.pragma("synchronous = NORMAL");
  const db: Db = drizzle({ client, schema, casing: "snake_case" });
  const inFlight = new Map<number, { done: Promise<void>; abort: AbortController }>();
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delayMs: number) => {
    if (stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(round, delayMs);
    timer.unref();
  };

  const send = (claimed: ClaimedDelivery) => {
    const abort = new AbortController();
    const done = sendMessage(claimed, timeoutMs, abort.signal).then((outcome) => {
      try {
        recordAttempt(db, claimed, outcome, new Date(), { retryNow: abort.signal.aborted });
      } catch (error) {
        // Left leased: the delivery is due again when the lease expires.
        log(`webhooks: could not record delivery ${claimed.id}: ${String(error)}`);
      }
      inFlight.delete(claimed.id);
      schedule(0);
    });
    inFlight.set(claimed.id, { done, abort });
  };

  function round() {
    timer = null;
    if (stopping) return;
    try {
      const claimed = claimDueDeliveries(db, new Date(), concurrency - inFlight.size, timeoutMs + LEASE_MARGIN_MS);
      for (const delivery of claimed) send(delivery);
    } catch (error) {
      log(`webhooks: could not read the queue: ${String(error)}`);
    }
    schedule(pollMs);
  }

  schedule(0);
  return {
    stop: async (graceMs = 2000) => {
      stopping = true;
      if (timer) clearTimeout(timer);
      const pending = () => Promise.all([...inFlight.values()].map((f) => f.done));
      const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([pending(), grace]);
      for (const { abort } of inFlight.values()) abort.abort();
      await pending();
      client.close();
    },
  };
}
