// When a failed delivery is tried again: exponential backoff with jitter, so deliveries that
// failed together are not all retried in the same second, capped at 4 hours so a long outage
// is still tried every few hours until the 24 hours are over.

/** The first retry's delay; WEBHOOKS_RETRY_BASE_MS shortens it (the tests use a fraction of a second). */
export const DEFAULT_RETRY_BASE_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 4 * 60 * 60 * 1000;
/** A delivery that keeps failing is retried for this long after it was queued (or redelivered), then marked failed. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

export function retryBaseMs(): number {
  const configured = Number(process.env.WEBHOOKS_RETRY_BASE_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_RETRY_BASE_MS;
}

/**
 * The delay before the attempt after `attempts` failed ones: base·2^(attempts−1), capped,
 * then scaled by a random factor between 0.5 and 1 ("equal jitter").
 */
export function retryDelayMs(attempts: number, base = retryBaseMs(), random = Math.random): number {
  const exponential = Math.min(base * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.5 + random() / 2));
}
