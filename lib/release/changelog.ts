import type { ReleaseChangelog, ReleaseSnapshot, SnapshotSession } from "./snapshot";

// The fields an attendee notices; `version` and `id` are bookkeeping.
const comparedFields = [
  "title",
  "abstract",
  "kind",
  "startsAt",
  "endsAt",
  "roomId",
  "trackId",
  "forumId",
  "language",
  "status",
  "translations",
  "people",
] as const;

// People are compared by their guid: row ids are internal and may differ between releases
// (profiles split per conference) while the person is the same.
function withPeopleByGuid(snapshot: ReleaseSnapshot): Map<string, SnapshotSession> {
  const guids = new Map(snapshot.speakers.map((s) => [s.id, s.guid]));
  return new Map(
    snapshot.sessions.map((s) => [
      s.guid,
      {
        ...s,
        people: s.people.map((p) => ({
          ...p,
          speakerId: guids.get(p.speakerId) ?? p.speakerId,
        })) as SnapshotSession["people"],
      },
    ]),
  );
}

// A profile's public words and picture; slug and id are bookkeeping.
const profileFields = [
  "name",
  "position",
  "organization",
  "organizationId",
  "bio",
  "photo",
  "links",
  "translations",
] as const;

/** The speakers (by guid) whose published profile differs between two releases, with the fields. */
export function diffProfiles(
  previous: ReleaseSnapshot | null,
  next: ReleaseSnapshot,
): Array<{ guid: string; fields: string[] }> {
  if (!previous) return [];
  const before = new Map(previous.speakers.map((s) => [s.guid, s]));
  return next.speakers.flatMap((speaker) => {
    const old = before.get(speaker.guid);
    const fields = old ? profileFields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(speaker[f])) : [];
    return fields.length ? [{ guid: speaker.guid, fields: [...fields] }] : [];
  });
}

/** Compares two releases session by session (by guid), for the changelog shown with a release. */
export function diffReleases(previous: ReleaseSnapshot | null, next: ReleaseSnapshot): ReleaseChangelog {
  const before = previous ? withPeopleByGuid(previous) : new Map<string, SnapshotSession>();
  const after = withPeopleByGuid(next);
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
  const profiles = diffProfiles(previous, next);
  return profiles.length ? { ...changelog, profiles } : changelog;
}
