import type { Locale } from "@/lib/domain/vocabulary";
import { isLocalDate, zonedToInstant } from "@/lib/time/zoned";

// The query parameters of the now page and the room screens. Malformed values are
// ignored, as on every public page: the page then shows the live state.

type Param = string | string[] | undefined;

const first = (value: Param) => (Array.isArray(value) ? value[0] : value);

// An instant with its offset (as ISO 8601 writes it), or a wall-clock time read in the conference's zone.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const WALL_CLOCK = /^((\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d)?$/;

/**
 * `?at=` as an instant: `2017-12-01T09:35:00+08:00`, `…Z`, or `2017-12-01T09:35` in the
 * conference's zone. A `+` left unencoded in a URL arrives as a space and is read as a `+`.
 */
export function parseAtParam(value: Param, timeZone: string): Date | null {
  const raw = first(value)
    ?.trim()
    .replace(/ (\d{2}:\d{2})$/, "+$1");
  if (!raw) return null;
  if (WITH_OFFSET.test(raw)) {
    const ms = Date.parse(raw);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  const wall = WALL_CLOCK.exec(raw);
  if (!wall || !isLocalDate(wall[2]!)) return null;
  try {
    const instant = zonedToInstant(wall[1]!, timeZone);
    return Number.isNaN(instant.getTime()) ? null : instant;
  } catch {
    return null;
  }
}

/** The start of the minute an instant falls in: live pages and the JSON show the state of the current minute. */
export function minuteOf(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
}

export type ScreenLanguage = Locale | "both";

/** `?lang=zh-CN|en|both` of a room screen; null leaves the language to the request. */
export function parseScreenLanguage(value: Param): ScreenLanguage | null {
  const raw = first(value);
  return raw === "zh-CN" || raw === "en" || raw === "both" ? raw : null;
}

export const ALTERNATION_SECONDS = { default: 10, min: 5, max: 120 };

/** `?every=N`: seconds each language stays up when a screen shows both. */
export function parseAlternation(value: Param): number {
  const raw = first(value);
  const n = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : ALTERNATION_SECONDS.default;
  return Math.min(ALTERNATION_SECONDS.max, Math.max(ALTERNATION_SECONDS.min, n));
}
