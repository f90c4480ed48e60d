// When a live page next asks whether anything changed. On the half-minute marks of the
// clock, so every screen in a hall changes together, and at the next session boundary
// when that comes sooner; a spread of a second or two keeps a hall's screens from asking
// in the same millisecond.

export const POLL_INTERVAL_MS = 30_000;

/** A little after the boundary, so the server's minute has turned when the question arrives. */
const AFTER_BOUNDARY_MS = 500;

export function pollDelay(nowMs: number, nextChangeAt: string | null, spreadMs: number): number {
  const mark = (Math.floor(nowMs / POLL_INTERVAL_MS) + 1) * POLL_INTERVAL_MS;
  const boundary = nextChangeAt ? Date.parse(nextChangeAt) + AFTER_BOUNDARY_MS : Number.NaN;
  const target = boundary > nowMs && boundary < mark ? boundary : mark;
  return target - nowMs + Math.max(0, spreadMs);
}
