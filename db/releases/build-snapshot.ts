import { and, asc, eq, inArray, isNotNull, ne, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Conn } from "../connection";
import {
  conferences,
  forumOrganizations,
  forums,
  organizations,
  rooms,
  sessionPeople,
  sessions,
  speakers,
  tracks,
} from "../schema";
import type { ReleaseSnapshot, SessionInterop } from "@/lib/release/snapshot";

/**
 * Freezes the working programme of a conference into a release snapshot:
 * scheduled sessions that are confirmed or cancelled (drafts stay private),
 * and only the speakers and organizations they reference.
 */
export function buildReleaseSnapshot(db: Conn, conferenceId: number): ReleaseSnapshot {
  const conference = db.select().from(conferences).where(eq(conferences.id, conferenceId)).get();
  if (!conference) throw new Error(`No conference with id ${conferenceId}`);

  const forumRows = rowsOf(
    db,
    forums,
    eq(forums.conferenceId, conferenceId),
    asc(forums.date),
    asc(forums.position),
    asc(forums.id),
  );
  const forumIds = forumRows.map((f) => f.id);
  const forumOrganizationRows = rowsOf(
    db,
    forumOrganizations,
    inArray(forumOrganizations.forumId, forumIds),
    asc(forumOrganizations.position),
  );
  const sessionRows = rowsOf(
    db,
    sessions,
    and(inArray(sessions.forumId, forumIds), ne(sessions.status, "draft"), isNotNull(sessions.startsAt)),
    asc(sessions.startsAt),
    asc(sessions.id),
  );
  const sessionIds = sessionRows.map((s) => s.id);
  const peopleRows = rowsOf(
    db,
    sessionPeople,
    inArray(sessionPeople.sessionId, sessionIds),
    asc(sessionPeople.position),
  );
  const speakerIds = [...new Set(peopleRows.map((p) => p.speakerId))];
  const speakerRows = rowsOf(db, speakers, inArray(speakers.id, speakerIds), asc(speakers.id));
  const organizationIds = [
    ...new Set([
      ...forumOrganizationRows.map((o) => o.organizationId),
      ...speakerRows.flatMap((s) => (s.organizationId ? [s.organizationId] : [])),
    ]),
  ];
  const organizationRows = rowsOf(db, organizations, inArray(organizations.id, organizationIds), asc(organizations.id));
  const roomRows = rowsOf(db, rooms, eq(rooms.conferenceId, conferenceId), asc(rooms.position), asc(rooms.id));
  const trackRows = rowsOf(db, tracks, eq(tracks.conferenceId, conferenceId), asc(tracks.position), asc(tracks.id));

  return {
    formatVersion: 1,
    conference: {
      id: conference.id,
      slug: conference.slug,
      name: conference.name,
      shortName: conference.shortName,
      theme: conference.theme,
      description: conference.description,
      city: conference.city,
      venue: conference.venue,
      timeZone: conference.timeZone,
      startDate: conference.startDate,
      endDate: conference.endDate,
      defaultLocale: conference.defaultLocale,
      website: conference.website,
      translations: conference.translations,
    },
    organizations: organizationRows.map(({ id, slug, name, shortName, website, translations }) => ({
      id,
      slug,
      name,
      shortName,
      website,
      translations,
    })),
    rooms: roomRows.map(({ id, slug, name, position, translations }) => ({ id, slug, name, position, translations })),
    tracks: trackRows.map(({ id, slug, name, color, position, translations }) => ({
      id,
      slug,
      name,
      color,
      position,
      translations,
    })),
    forums: forumRows.map((f) => ({
      id: f.id,
      slug: f.slug,
      kind: f.kind,
      name: f.name,
      theme: f.theme,
      description: f.description,
      date: f.date,
      position: f.position,
      translations: f.translations,
      organizations: forumOrganizationRows
        .filter((o) => o.forumId === f.id)
        .map((o) => ({ organizationId: o.organizationId, role: o.role })),
    })),
    sessions: sessionRows.map((s) => ({
      id: s.id,
      guid: s.guid,
      forumId: s.forumId,
      roomId: s.roomId,
      trackId: s.trackId,
      kind: s.kind,
      title: s.title,
      abstract: s.abstract,
      startsAt: s.startsAt!.toISOString(),
      endsAt: s.endsAt!.toISOString(),
      language: s.language,
      status: s.status as "confirmed" | "cancelled",
      version: s.version,
      translations: s.translations,
      people: peopleRows.filter((p) => p.sessionId === s.id).map((p) => ({ speakerId: p.speakerId, role: p.role })),
      ...interopOf(s),
    })),
    speakers: speakerRows.map((s) => ({
      id: s.id,
      guid: s.guid,
      slug: s.slug,
      name: s.name,
      position: s.position,
      organization: s.organization,
      organizationId: s.organizationId,
      bio: s.bio,
      photo: s.photo,
      links: s.links,
      translations: s.translations,
    })),
  };
}

/** Every row of a table matching `where`, in order. (An empty `inArray` matches nothing, without failing.) */
function rowsOf<T extends SQLiteTable>(
  db: Conn,
  table: T,
  where: SQL | undefined,
  ...order: SQL[]
): T["$inferSelect"][] {
  return db
    .select()
    .from(table)
    .where(where)
    .orderBy(...order)
    .all() as T["$inferSelect"][];
}

// Kept out of the snapshot when empty: most sessions were made in Podium and carry none.
function interopOf(s: {
  subtitle: string;
  description: string;
  typeLabel: string | null;
  externalId: number | null;
  slug: string | null;
  links: SessionInterop["links"];
}): { interop?: SessionInterop } {
  const interop: SessionInterop = {
    subtitle: s.subtitle,
    description: s.description,
    typeLabel: s.typeLabel,
    externalId: s.externalId,
    slug: s.slug,
    links: s.links,
  };
  const empty =
    !s.subtitle &&
    !s.description &&
    s.typeLabel === null &&
    s.externalId === null &&
    s.slug === null &&
    s.links.length === 0;
  return empty ? {} : { interop };
}
