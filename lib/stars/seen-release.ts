import type { AgendaRelease } from "@/lib/release/agenda-changes";
import { storeAndAnnounce, subscribeToAnnounced } from "./announced-storage";

// The release a browser last saw on its agenda, one per conference, kept beside its stars.
// Plain functions over a Storage so they can be tested without a DOM.

const EVENT = "podium:seen-release";

export const seenReleaseKey = (conference: string) => `podium:seen-release:${conference}`;

export function readSeenRelease(storage: Storage, conference: string): string | null {
  try {
    return storage.getItem(seenReleaseKey(conference));
  } catch {
    return null;
  }
}

/** Remembers the release as seen; storage that refuses writes (private mode) just shows the changes again. */
export function writeSeenRelease(storage: Storage, conference: string, version: string): void {
  storeAndAnnounce(storage, seenReleaseKey(conference), version, EVENT, conference);
}

export const subscribeToSeenRelease = (callback: () => void): (() => void) => subscribeToAnnounced(EVENT, callback);

/**
 * The releases published after the one seen (newest first) that changed something asked
 * about. None when nothing was seen yet (a first visit has nothing to compare with) or
 * the seen release is not in the history (a conference that started over).
 */
export function unseenChanges(releases: readonly AgendaRelease[], seen: string | null): AgendaRelease[] {
  const at = seen === null ? -1 : releases.findIndex((r) => r.version === seen);
  if (at <= 0) return [];
  return releases.slice(0, at).filter((r) => r.changes.length > 0);
}
