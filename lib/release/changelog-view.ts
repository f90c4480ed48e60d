import { translate } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";
import type { ReleaseChangelog, ReleaseSnapshot, SnapshotSession } from "./snapshot";

export interface Placement {
  startsAt: Date;
  endsAt: Date;
  room: string | null;
}

/** One session's change between two releases, as attendees read it. */
export interface ChangeEntry {
  guid: string;
  title: string;
  change: "added" | "removed" | "cancelled" | "reinstated" | "changed";
  moved: { from: Placement; to: Placement } | null;
  retitled: { from: string; to: string } | null;
  people: { added: string[]; removed: string[] } | null;
  /** Other fields that changed (abstract, kind, forum, track, translations…). */
  otherFields: string[];
}

const placementFields = new Set(["startsAt", "endsAt", "roomId"]);
const shownFields = new Set([...placementFields, "title", "people", "status"]);

/** The changelog of a release in words: added, removed, cancelled, moved in time or room, retitled, people changed. */
export function describeChangelog(
  previous: ReleaseSnapshot | null,
  next: ReleaseSnapshot,
  changelog: ReleaseChangelog,
  locale: Locale,
): ChangeEntry[] {
  const before = new Map((previous?.sessions ?? []).map((s) => [s.guid, s]));
  const after = new Map(next.sessions.map((s) => [s.guid, s]));
  const title = (s: SnapshotSession) => translate(s, "title", locale) ?? s.title;
  const roomName = (snapshot: ReleaseSnapshot, id: number | null) => {
    const room = id === null ? undefined : snapshot.rooms.find((r) => r.id === id);
    return room ? (translate(room, "name", locale) ?? room.name) : null;
  };
  const placement = (snapshot: ReleaseSnapshot, s: SnapshotSession): Placement => ({
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    room: roomName(snapshot, s.roomId),
  });
  const speakerNames = (snapshot: ReleaseSnapshot, s: SnapshotSession) =>
    s.people.map((p) => {
      const speaker = snapshot.speakers.find((x) => x.id === p.speakerId);
      return speaker ? (translate(speaker, "name", locale) ?? speaker.name) : "?";
    });
  const blank = { moved: null, retitled: null, people: null, otherFields: [] };

  const entries: ChangeEntry[] = [];
  for (const guid of changelog.added) {
    const s = after.get(guid);
    if (s) entries.push({ guid, title: title(s), change: s.status === "cancelled" ? "cancelled" : "added", ...blank });
  }
  for (const { guid, fields } of changelog.changed) {
    const old = before.get(guid);
    const now = after.get(guid);
    if (!old || !now || !previous) continue;
    const statusChanged = fields.includes("status");
    const change =
      statusChanged && now.status === "cancelled"
        ? "cancelled"
        : statusChanged && old.status === "cancelled"
          ? "reinstated"
          : "changed";
    const oldNames = speakerNames(previous, old);
    const newNames = speakerNames(next, now);
    entries.push({
      guid,
      title: title(now),
      change,
      moved: fields.some((f) => placementFields.has(f))
        ? { from: placement(previous, old), to: placement(next, now) }
        : null,
      retitled: fields.includes("title") ? { from: title(old), to: title(now) } : null,
      people: fields.includes("people")
        ? {
            added: newNames.filter((n) => !oldNames.includes(n)),
            removed: oldNames.filter((n) => !newNames.includes(n)),
          }
        : null,
      otherFields: fields.filter((f) => !shownFields.has(f)),
    });
  }
  for (const guid of changelog.removed) {
    const s = before.get(guid);
    if (s) entries.push({ guid, title: title(s), change: "removed", ...blank });
  }
  return entries;
}

/** A speaker's profile the release publishes changed: who, and which parts (messages "changelog.profileField"). */
export interface ProfileChange {
  guid: string;
  slug: string;
  name: string;
  fields: string[];
}

/** The profiles a release changed, by name in the reader's language. */
export function describeProfileChanges(
  next: ReleaseSnapshot,
  changelog: ReleaseChangelog,
  locale: Locale,
): ProfileChange[] {
  const speakers = new Map(next.speakers.map((s) => [s.guid, s]));
  return (changelog.profiles ?? []).flatMap(({ guid, fields }) => {
    const speaker = speakers.get(guid);
    return speaker
      ? [{ guid, slug: speaker.slug, name: translate(speaker, "name", locale) ?? speaker.name, fields }]
      : [];
  });
}
