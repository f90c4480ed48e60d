import type { Locale } from "@/lib/domain/vocabulary";
import { describeChange, type SayChange } from "./change-lines";
import { describeChangelog } from "./changelog-view";
import type { ReleaseChangelog, ReleaseSnapshot } from "./snapshot";

/** One change of a starred session, in words ready to show. */
export interface AgendaChange {
  guid: string;
  title: string;
  /** Removed from the programme: it has no page to link to. */
  removed: boolean;
  kind: string;
  lines: string[];
}

/** A release and what it changed in the sessions asked about (often nothing). */
export interface AgendaRelease {
  version: string;
  changes: AgendaChange[];
}

interface HistoryRelease {
  version: string;
  snapshot: ReleaseSnapshot;
  changelog: ReleaseChangelog;
}

/**
 * For each release, newest first, the changes to the given sessions in words. Every
 * release is listed, with or without changes, so the browser can tell which ones it
 * has not seen yet; the first release changes nothing.
 */
export function changesOfSessions(
  history: readonly HistoryRelease[],
  guids: ReadonlySet<string>,
  locale: Locale,
  say: SayChange,
): AgendaRelease[] {
  return history.map((release, i) => {
    const previous = history[i + 1];
    if (!previous || guids.size === 0) return { version: release.version, changes: [] };
    const timeZone = release.snapshot.conference.timeZone;
    const changes = describeChangelog(previous.snapshot, release.snapshot, release.changelog, locale)
      .filter((entry) => guids.has(entry.guid))
      .map((entry) => ({
        guid: entry.guid,
        title: entry.title,
        removed: entry.change === "removed",
        ...describeChange(entry, timeZone, locale, say),
      }));
    return { version: release.version, changes };
  });
}
