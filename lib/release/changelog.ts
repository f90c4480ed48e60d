import type { ReleaseChangelog, ReleaseSnapshot, SnapshotSession } from "./snapshot";

// The fields an attendee notices; `version` and `id` are bookkeeping.
const comparedFields = ["title", "abstract", "kind", "startsAt", "endsAt", "roomId", "trackId", "forumId", "language", "status", "translations", "people"] as const;

/** Compares two releases session by session (by guid), for the changelog shown with a release. */
export function diffReleases(previous: ReleaseSnapshot | null, next: ReleaseSnapshot): ReleaseChangelog {
  const before = new Map<string, SnapshotSession>((previous?.sessions ?? []).map((s) => [s.guid, s]));
  const after = new Map<string, SnapshotSession>(next.sessions.map((s) => [s.guid, s]));
  const changelog: ReleaseChangelog = { added: [], removed: [], changed: [] };
  for (const [guid, session] of after) {
    const old = before.get(guid);
    if (!old) {
      changelog.added.push(guid);
      continue;
    }
    const fields = comparedFields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(session[f]));
    if (fields.length > 0) changelog.changed.push({ guid, fields: [...fields] });
  }
  for (const guid of before.keys()) if (!after.has(guid)) changelog.removed.push(guid);
  return changelog;
}
