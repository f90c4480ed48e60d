import { translate } from "@/lib/domain/translations";
import type { ForumOrganizationRole, Locale } from "@/lib/domain/vocabulary";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { inLineUpOrder } from "./line-up";
import { speakerInLocale, type ProgrammeSession, type SessionPerson } from "./programme-view";

/** A person of a forum's session: what the programme says of them, less the photo and the parts of their affiliation. */
export type ForumSessionPerson = Pick<SessionPerson, "slug" | "name" | "affiliation" | "role">;

/** A session as the forum's page lists it: the programme's session, its room by name only. */
export interface ForumSession extends Pick<
  ProgrammeSession,
  "guid" | "kind" | "title" | "abstract" | "startsAt" | "endsAt" | "cancelled"
> {
  room: string | null;
  people: ForumSessionPerson[];
}

export interface ForumDetail {
  slug: string;
  name: string;
  theme: string;
  description: string;
  date: string;
  organizations: Array<{ name: string; role: ForumOrganizationRole }>;
  sessions: ForumSession[];
}

/** One forum of a release with its sessions in time order and their people, in the viewer's locale; null when the forum is not in the release. */
export function forumDetail(snapshot: ReleaseSnapshot, forumSlug: string, locale: Locale): ForumDetail | null {
  const forum = snapshot.forums.find((f) => f.slug === forumSlug);
  if (!forum) return null;
  const organizations = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const speakers = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const sessions = snapshot.sessions
    .filter((s) => s.forumId === forum.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt))
    .map((s): ForumSession => {
      const room = s.roomId ? rooms.get(s.roomId) : undefined;
      return {
        guid: s.guid,
        kind: s.kind,
        title: translate(s, "title", locale) ?? s.title,
        abstract: translate(s, "abstract", locale) ?? "",
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        room: room ? (translate(room, "name", locale) ?? room.name) : null,
        cancelled: s.status === "cancelled",
        people: inLineUpOrder(s.people).flatMap((p) => {
          const speaker = speakers.get(p.speakerId);
          if (!speaker) return [];
          const { slug, name, affiliation } = speakerInLocale(speaker, locale);
          return [{ slug, name, affiliation, role: p.role }];
        }),
      };
    });
  return {
    slug: forum.slug,
    name: translate(forum, "name", locale) ?? forum.name,
    theme: translate(forum, "theme", locale) ?? "",
    description: translate(forum, "description", locale) ?? "",
    date: forum.date,
    organizations: forum.organizations.flatMap((entry) => {
      const o = organizations.get(entry.organizationId);
      return o ? [{ name: translate(o, "name", locale) ?? o.name, role: entry.role }] : [];
    }),
    sessions,
  };
}
