import { formatAffiliation } from "@/lib/domain/affiliation";
import { translate } from "@/lib/domain/translations";
import type { Locale, SessionKind, SessionRole, SpeakerLink } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { searchExamples } from "@/lib/search/search-examples";
import { instantToLocalDate } from "@/lib/time/zoned";
import { inLineUpOrder } from "./line-up";

export interface RoomView {
  id: number;
  slug: string;
  name: string;
  position: number;
}

export interface TrackView {
  slug: string;
  name: string;
  color: string;
}

export interface SessionPerson {
  slug: string;
  name: string;
  position: string;
  organization: string;
  affiliation: string;
  photo: string | null;
  role: SessionRole;
}

export interface ProgrammeSession {
  guid: string;
  kind: SessionKind;
  title: string;
  abstract: string;
  startsAt: Date;
  endsAt: Date;
  /** The local date in the conference's zone on which the session starts. */
  date: string;
  room: RoomView | null;
  forum: { slug: string; name: string };
  track: TrackView | null;
  cancelled: boolean;
  people: SessionPerson[];
}

export interface SpeakerView {
  slug: string;
  name: string;
  position: string;
  organization: string;
  affiliation: string;
  bio: string;
  photo: string | null;
  links: SpeakerLink[];
}

export interface ProgrammeView {
  conference: {
    slug: string;
    name: string;
    timeZone: string;
    startDate: string;
    endDate: string;
    venue: string;
    /** Words the search box suggests, from the release itself (lib/search/search-examples.ts). */
    searchExamples: string[];
  };
  rooms: RoomView[];
  tracks: TrackView[];
  forums: Array<{ slug: string; name: string; date: string }>;
  /** Every session of the release in time order, then by room. */
  sessions: ProgrammeSession[];
  speakers: SpeakerView[];
}

/** A release in the viewer's locale: translations where they exist, the original otherwise. */
export function programmeView(snapshot: ReleaseSnapshot, locale: Locale): ProgrammeView {
  const c = snapshot.conference;
  const rooms = snapshot.rooms
    .map((r): RoomView => ({
      id: r.id,
      slug: r.slug,
      name: translate(r, "name", locale) ?? r.name,
      position: r.position,
    }))
    .sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const trackById = new Map(
    snapshot.tracks.map((t) => [
      t.id,
      { slug: t.slug, name: translate(t, "name", locale) ?? t.name, color: t.color, position: t.position },
    ]),
  );
  const forumById = new Map(
    snapshot.forums.map((f) => [f.id, { slug: f.slug, name: translate(f, "name", locale) ?? f.name }]),
  );
  const speakers = snapshot.speakers.map((s) => speakerInLocale(s, locale));
  const speakerById = new Map(snapshot.speakers.map((s, i) => [s.id, speakers[i]!]));

  const sessions = snapshot.sessions
    .flatMap((s): ProgrammeSession[] => {
      const forum = forumById.get(s.forumId);
      if (!forum) return [];
      const track = s.trackId ? trackById.get(s.trackId) : undefined;
      const startsAt = new Date(s.startsAt);
      return [
        {
          guid: s.guid,
          kind: s.kind,
          title: translate(s, "title", locale) ?? s.title,
          abstract: translate(s, "abstract", locale) ?? "",
          startsAt,
          endsAt: new Date(s.endsAt),
          date: instantToLocalDate(startsAt, c.timeZone),
          room: (s.roomId ? roomById.get(s.roomId) : undefined) ?? null,
          forum,
          track: track ? { slug: track.slug, name: track.name, color: track.color } : null,
          cancelled: s.status === "cancelled",
          people: inLineUpOrder(s.people).flatMap((p) => {
            const speaker = speakerById.get(p.speakerId);
            return speaker
              ? [
                  {
                    slug: speaker.slug,
                    name: speaker.name,
                    position: speaker.position,
                    organization: speaker.organization,
                    affiliation: speaker.affiliation,
                    photo: speaker.photo,
                    role: p.role,
                  },
                ]
              : [];
          }),
        },
      ];
    })
    .sort(compareSessions);

  return {
    conference: {
      slug: c.slug,
      name: translate(c, "name", locale) ?? c.name,
      timeZone: c.timeZone,
      startDate: c.startDate,
      endDate: c.endDate,
      venue: translate(c, "venue", locale) ?? c.venue,
      searchExamples: searchExamples(snapshot),
    },
    rooms,
    tracks: [...trackById.values()]
      .sort((a, b) => a.position - b.position)
      .map(({ slug, name, color }) => ({ slug, name, color })),
    forums: snapshot.forums
      .slice()
      .sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position)
      .map((f) => ({ slug: f.slug, name: forumById.get(f.id)!.name, date: f.date })),
    sessions,
    speakers,
  };
}

/** A speaker of a release in the viewer's locale, with their affiliation as one line. */
export function speakerInLocale(s: ReleaseSnapshot["speakers"][number], locale: Locale): SpeakerView {
  const position = translate(s, "position", locale) ?? "";
  const organization = translate(s, "organization", locale) ?? "";
  return {
    slug: s.slug,
    name: translate(s, "name", locale) ?? s.name,
    position,
    organization,
    affiliation: formatAffiliation(position, organization, locale),
    bio: translate(s, "bio", locale) ?? "",
    photo: s.photo,
    links: s.links,
  };
}

/** Time order; sessions starting together go by room order, rooms first, then by title. */
export function compareSessions(a: ProgrammeSession, b: ProgrammeSession): number {
  return (
    a.startsAt.getTime() - b.startsAt.getTime() ||
    a.endsAt.getTime() - b.endsAt.getTime() ||
    (a.room?.position ?? Number.MAX_SAFE_INTEGER) - (b.room?.position ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title)
  );
}

/** The sessions before and after one, in the same room, across days. */
export function neighboursInRoom(
  sessions: ProgrammeSession[],
  guid: string,
): { previous: ProgrammeSession | null; next: ProgrammeSession | null } {
  const session = sessions.find((s) => s.guid === guid);
  if (!session?.room) return { previous: null, next: null };
  const inRoom = sessions.filter((s) => s.room?.id === session.room!.id);
  const i = inRoom.indexOf(session);
  return { previous: inRoom[i - 1] ?? null, next: inRoom[i + 1] ?? null };
}

/** A speaker's sessions with the role they take in each, in time order. */
export function sessionsOfSpeaker(
  sessions: ProgrammeSession[],
  slug: string,
): Array<{ session: ProgrammeSession; role: SessionRole }> {
  return sessions.flatMap((session) => {
    const person = session.people.find((p) => p.slug === slug);
    return person ? [{ session, role: person.role }] : [];
  });
}

/** The message key for a person's role, naming the speaker of a keynote as such. */
export function roleLabelKey(role: SessionRole, kind: SessionKind): `role.${SessionRole | "keynoteSpeaker"}` {
  return role === "speaker" && kind === "keynote" ? "role.keynoteSpeaker" : `role.${role}`;
}
