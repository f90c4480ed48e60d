import { storeAndAnnounce, subscribeToAnnounced } from "./announced-storage";

// Starred sessions live in the browser (no sign-in), one list per conference.
// Plain functions over a Storage so they can be tested without a DOM.

const EVENT = "podium:stars";
const MAX_STARS = 500;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const starsKey = (conference: string) => `podium:stars:${conference}`;

/** The starred guids in a stored value; anything malformed reads as no stars. */
export function parseStars(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? [...new Set(value.filter((v): v is string => typeof v === "string" && GUID.test(v)))].slice(0, MAX_STARS)
      : [];
  } catch {
    return [];
  }
}

export function readStars(storage: Storage, conference: string): string[] {
  try {
    return parseStars(storage.getItem(starsKey(conference)));
  } catch {
    return [];
  }
}

/** Adds or removes one guid; returns the new list. Storage that refuses writes (private mode, quota) leaves stars unchanged. */
export function toggleStar(storage: Storage, conference: string, guid: string): string[] {
  const current = readStars(storage, conference);
  const next = current.includes(guid) ? current.filter((g) => g !== guid) : [...current, guid].slice(-MAX_STARS);
  return storeAndAnnounce(storage, starsKey(conference), JSON.stringify(next), EVENT, conference) ? next : current;
}

/**
 * Adds guids to the stars, keeping the ones already there (a shared list is
 * merged, never swapped in). Returns the new list; storage that refuses
 * writes leaves stars unchanged.
 */
export function addStars(storage: Storage, conference: string, guids: readonly string[]): string[] {
  const current = readStars(storage, conference);
  const added = parseStars(JSON.stringify(guids)).filter((g) => !current.includes(g));
  if (added.length === 0) return current;
  const next = [...current, ...added].slice(0, MAX_STARS);
  return storeAndAnnounce(storage, starsKey(conference), JSON.stringify(next), EVENT, conference) ? next : current;
}

/** Calls back when stars change in this tab or another one. */
export const subscribeToStars = (callback: () => void): (() => void) => subscribeToAnnounced(EVENT, callback);
