import { translate } from "@/lib/domain/translations";
import type { ForumKind, ForumOrganizationRole, Locale, SessionKind } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { instantToLocalDate } from "@/lib/time/zoned";

export interface ForumOverview {
  slug: string;
  kind: ForumKind;
  name: string;
  theme: string;
  organizations: Array<{ name: string; role: ForumOrganizationRole }>;
  startsAt: Date | null;
  endsAt: Date | null;
  rooms: string[];
  sessionCount: number;
}

export interface FeaturedSpeaker {
  slug: string;
  name: string;
  position: string;
  organization: string;
  sessionKind: SessionKind;
}

export interface ConferenceDay {
  date: string;
  forums: ForumOverview[];
}

/** Forums by day, each with its organizations, time span and rooms, in the viewer's locale. */
export function overviewByDay(snapshot: ReleaseSnapshot, locale: Locale): ConferenceDay[] {
  const { timeZone } = snapshot.conference;
  const organizations = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const days = new Map<string, ForumOverview[]>();
  for (const forum of snapshot.forums) {
    const sessions = snapshot.sessions.filter((s) => s.forumId === forum.id);
    const starts = sessions.map((s) => Date.parse(s.startsAt));
    const ends = sessions.map((s) => Date.parse(s.endsAt));
    const startsAt = starts.length ? new Date(Math.min(...starts)) : null;
    const roomNames = [...new Set(sessions.flatMap((s) => (s.roomId ? [s.roomId] : [])))].flatMap((id) => {
      const room = rooms.get(id);
      return room ? [translate(room, "name", locale) ?? room.name] : [];
    });
    const overview: ForumOverview = {
      slug: forum.slug,
      kind: forum.kind,
      name: translate(forum, "name", locale) ?? forum.name,
      theme: translate(forum, "theme", locale) ?? "",
      organizations: forum.organizations.flatMap((entry) => {
        const o = organizations.get(entry.organizationId);
        return o ? [{ name: translate(o, "name", locale) ?? o.name, role: entry.role }] : [];
      }),
      startsAt,
      endsAt: ends.length ? new Date(Math.max(...ends)) : null,
      rooms: roomNames,
      sessionCount: sessions.length,
    };
    const date = startsAt ? instantToLocalDate(startsAt, timeZone) : forum.date;
    days.set(date, [...(days.get(date) ?? []), overview]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, forums]) => ({
      date,
      forums: forums.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0)),
    }));
}

/** Keynote speakers first, then other speakers of talks, each once, for the conference front page. */
export function featuredSpeakers(snapshot: ReleaseSnapshot, locale: Locale, limit = 8): FeaturedSpeaker[] {
  const speakers = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const rank: Partial<Record<SessionKind, number>> = { keynote: 0, talk: 1 };
  const picks = new Map<number, SessionKind>();
  const sessions = [...snapshot.sessions]
    .filter((s) => s.status !== "cancelled" && s.kind in rank)
    .sort((a, b) => rank[a.kind]! - rank[b.kind]! || a.startsAt.localeCompare(b.startsAt));
  for (const session of sessions) {
    for (const person of session.people) {
      if (person.role === "speaker" && !picks.has(person.speakerId)) picks.set(person.speakerId, session.kind);
    }
  }
  return [...picks.entries()].slice(0, limit).flatMap(([id, sessionKind]) => {
    const s = speakers.get(id);
    if (!s) return [];
    return [
      {
        slug: s.slug,
        name: translate(s, "name", locale) ?? s.name,
        position: translate(s, "position", locale) ?? "",
        organization: translate(s, "organization", locale) ?? "",
        sessionKind,
      },
    ];
  });
}
