import { instantToLocalDate, zonedToInstant } from "@/lib/time/zoned";

export const STEP_MINUTES = 5;

/** The visible window of one day in the editor: from 08:00 (or earlier) to 20:00 (or later), whole hours, local time. */
export interface DayWindow {
  day: string;
  /** The instant of local midnight. */
  midnight: number;
  startMinute: number;
  endMinute: number;
}

export function dayWindow(
  day: string,
  timeZone: string,
  sessions: Array<{ startsAt: string | null; endsAt: string | null }>,
): DayWindow {
  const midnight = zonedToInstant(`${day}T00:00`, timeZone).getTime();
  let first = 8 * 60;
  let last = 20 * 60;
  for (const s of sessions) {
    if (!s.startsAt || !s.endsAt || instantToLocalDate(new Date(s.startsAt), timeZone) !== day) continue;
    first = Math.min(first, (Date.parse(s.startsAt) - midnight) / 60_000);
    last = Math.max(last, (Date.parse(s.endsAt) - midnight) / 60_000);
  }
  return {
    day,
    midnight,
    startMinute: Math.max(0, Math.floor(first / 60) * 60),
    endMinute: Math.min(24 * 60, Math.ceil(last / 60) * 60),
  };
}

/** Rounds minutes to the editor's 5-minute step. */
export const snap = (minutes: number) => Math.round(minutes / STEP_MINUTES) * STEP_MINUTES;

/** The instant `minutes` after local midnight of the window's day. */
export const instantAt = (window: DayWindow, minutes: number) => new Date(window.midnight + minutes * 60_000);

/** Minutes after local midnight of the window's day. */
export const minuteOf = (window: DayWindow, iso: string) => Math.round((Date.parse(iso) - window.midnight) / 60_000);

/**
 * Where a dragged session lands: its new start, snapped, kept inside the
 * window and keeping its duration.
 */
export function placeAt(
  window: DayWindow,
  startMinute: number,
  durationMinutes: number,
): { startsAt: Date; endsAt: Date } {
  // An instant (an opening bell, a deadline) stays one; anything longer takes at least a step.
  const duration = durationMinutes <= 0 ? 0 : Math.max(STEP_MINUTES, snap(durationMinutes));
  const start = Math.min(Math.max(window.startMinute, snap(startMinute)), window.endMinute - duration);
  return { startsAt: instantAt(window, start), endsAt: instantAt(window, start + duration) };
}

/** A new end after resizing, at least one step after the start and inside the window. */
export function resizeTo(window: DayWindow, startsAt: string, endMinute: number): Date {
  const start = minuteOf(window, startsAt);
  return instantAt(window, Math.min(window.endMinute, Math.max(start + STEP_MINUTES, snap(endMinute))));
}
