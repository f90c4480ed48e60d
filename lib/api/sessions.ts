import type { SessionRole } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { instantToLocalDate } from "@/lib/time/zoned";
import type { ApiSession } from "./schemas";
import { englishText, pickTranslations, toInstant, toLocalDateTime } from "./text";

type SessionBody = Omit<ApiSession, "changedAt">;

/** A release as the API lists it, newest first: what changedAt is computed from. */
export interface ReleaseOfHistory {
  publishedAt: Date | string;
  snapshot: ReleaseSnapshot;
}

// As the public pages show a line-up: hosts and moderators open it, then the organizers' order.
const roleOrder: Record<SessionRole, number> = { host: 0, moderator: 1, speaker: 2, panelist: 3 };

/** The sessions of one release in time order, then by room order, then by title. */
export function sessionsOfRelease(snapshot: ReleaseSnapshot): SessionBody[] {
  const c = snapshot.conference;
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const tracks = new Map(snapshot.tracks.map((t) => [t.id, t]));
  const forums = new Map(snapshot.forums.map((f) => [f.id, f]));
  const speakers = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const roomPosition = (id: number | null) =>
    (id !== null ? rooms.get(id)?.position : undefined) ?? Number.MAX_SAFE_INTEGER;
  return snapshot.sessions
    .flatMap((s) => (forums.has(s.forumId) ? [s] : []))
    .sort(
      (a, b) =>
        a.startsAt.localeCompare(b.startsAt) ||
        a.endsAt.localeCompare(b.endsAt) ||
        roomPosition(a.roomId) - roomPosition(b.roomId) ||
        a.title.localeCompare(b.title) ||
        a.guid.localeCompare(b.guid),
    )
    .map((s): SessionBody => {
      const room = s.roomId !== null ? rooms.get(s.roomId) : undefined;
      const track = s.trackId !== null ? tracks.get(s.trackId) : undefined;
      return {
        guid: s.guid,
        title: s.title,
        titleEn: englishText(s.title, s.translations.en?.title, c.defaultLocale),
        abstract: s.abstract,
        kind: s.kind,
        status: s.status,
        startsAt: toInstant(s.startsAt),
        endsAt: toInstant(s.endsAt),
        localStartsAt: toLocalDateTime(s.startsAt, c.timeZone),
        localEndsAt: toLocalDateTime(s.endsAt, c.timeZone),
        timeZone: c.timeZone,
        room: room
          ? { slug: room.slug, name: room.name, translations: pickTranslations(room.translations, ["name"]) }
          : null,
        track: track
          ? {
              slug: track.slug,
              name: track.name,
              translations: pickTranslations(track.translations, ["name"]),
              color: track.color,
            }
          : null,
        forum: forums.get(s.forumId)!.slug,
        language: s.language,
        translations: pickTranslations(s.translations, ["title", "abstract"]),
        people: s.people
          .map((p, index) => ({ p, index, speaker: speakers.get(p.speakerId) }))
          .filter((entry) => entry.speaker !== undefined)
          .sort((a, b) => roleOrder[a.p.role] - roleOrder[b.p.role] || a.index - b.index)
          .map(({ p, speaker }, order) => ({ speaker: speaker!.slug, name: speaker!.name, role: p.role, order })),
        version: s.version,
      };
    });
}

/**
 * The sessions of the latest release (the first of `history`, newest first) with
 * their changedAt: the publishedAt of the earliest release, in the unbroken run of
 * latest releases, that showed the session exactly as it is now. "As it is now"
 * covers every field here (its version too) but the names of its people, which
 * speakers edit themselves between releases.
 */
export function toApiSessions(history: readonly ReleaseOfHistory[]): ApiSession[] {
  const [latest] = history;
  if (!latest) return [];
  const current = sessionsOfRelease(latest.snapshot);
  const looks = history.map(
    (r, i) => new Map((i === 0 ? current : sessionsOfRelease(r.snapshot)).map((s) => [s.guid, lookOf(s)])),
  );
  return current.map((session) => {
    const look = looks[0]!.get(session.guid);
    let earliest = 0;
    while (earliest + 1 < history.length && looks[earliest + 1]!.get(session.guid) === look) earliest++;
    return { ...session, changedAt: toInstant(history[earliest]!.publishedAt) };
  });
}

function lookOf(session: SessionBody): string {
  return JSON.stringify({
    ...session,
    people: session.people.map(({ speaker, role, order }) => ({ speaker, role, order })),
  });
}

export interface SessionFilter {
  /** The local date (`YYYY-MM-DD`, the conference's zone) on which the session starts. */
  day?: string;
  forum?: string;
  room?: string;
  speaker?: string;
  /** An ISO 8601 instant: only sessions whose changedAt is strictly later. */
  changedSince?: string;
}

/** The sessions that match every filter given. */
export function filterSessions(sessions: readonly ApiSession[], filter: SessionFilter): ApiSession[] {
  const since = filter.changedSince !== undefined ? Date.parse(filter.changedSince) : undefined;
  return sessions.filter(
    (s) =>
      (filter.day === undefined || instantToLocalDate(new Date(s.startsAt), s.timeZone) === filter.day) &&
      (filter.forum === undefined || s.forum === filter.forum) &&
      (filter.room === undefined || s.room?.slug === filter.room) &&
      (filter.speaker === undefined || s.people.some((p) => p.speaker === filter.speaker)) &&
      (since === undefined || Date.parse(s.changedAt) > since),
  );
}
