import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { findTimeZone } from "../queries/conferences";
import { forums, rooms, sessionPeople, sessions, speakerUnavailability, speakers, tracks, users } from "../schema";
import { sessionsCsv, speakersCsv, type SessionExportRow, type SpeakerExportRow } from "@/lib/interop/csv-export";

/**
 * The working programme of a conference as CSV, drafts and private fields
 * included. Callers check that the viewer organizes the conference (the CSV
 * route) or has the shell (the export command).
 */
export function conferenceCsv(db: Db, conferenceId: number, kind: "sessions" | "speakers"): string {
  const timeZone = findTimeZone(db, conferenceId)!;
  const rows = db
    .select({ session: sessions, forumSlug: forums.slug, forumName: forums.name, room: rooms.name, track: tracks.name })
    .from(sessions)
    .innerJoin(forums, eq(forums.id, sessions.forumId))
    .leftJoin(rooms, eq(rooms.id, sessions.roomId))
    .leftJoin(tracks, eq(tracks.id, sessions.trackId))
    .where(eq(forums.conferenceId, conferenceId))
    .orderBy(asc(sessions.startsAt), asc(sessions.id))
    .all();
  const ids = rows.map((r) => r.session.id);
  const people = ids.length
    ? db
        .select({ sessionId: sessionPeople.sessionId, role: sessionPeople.role, speaker: speakers })
        .from(sessionPeople)
        .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
        .where(inArray(sessionPeople.sessionId, ids))
        .orderBy(asc(sessionPeople.position), asc(sessionPeople.speakerId))
        .all()
    : [];
  if (kind === "sessions") {
    const out: SessionExportRow[] = rows.map(({ session: s, ...r }) => ({
      guid: s.guid,
      title: s.title,
      titleEn: s.translations.en?.title ?? null,
      abstract: s.abstract,
      abstractEn: s.translations.en?.abstract ?? null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: r.room,
      track: r.track,
      forumSlug: r.forumSlug,
      forumName: r.forumName,
      type: s.typeLabel ?? s.kind,
      language: s.language,
      status: s.status,
      people: people
        .filter((p) => p.sessionId === s.id)
        .map((p) => ({ name: p.speaker.name, guid: p.speaker.guid, role: p.role })),
    }));
    return sessionsCsv(out, timeZone);
  }
  const bySpeaker = new Map<number, { speaker: typeof speakers.$inferSelect; sessions: Set<number> }>();
  for (const p of people) {
    const entry = bySpeaker.get(p.speaker.id) ?? { speaker: p.speaker, sessions: new Set<number>() };
    entry.sessions.add(p.sessionId);
    bySpeaker.set(p.speaker.id, entry);
  }
  const speakerIds = [...bySpeaker.keys()];
  const accounts = new Map(
    speakerIds.length
      ? db
          .select({ id: speakers.id, email: users.email })
          .from(speakers)
          .innerJoin(users, eq(users.id, speakers.userId))
          .where(inArray(speakers.id, speakerIds))
          .all()
          .map((a) => [a.id, a.email])
      : [],
  );
  const windows = speakerIds.length
    ? db
        .select()
        .from(speakerUnavailability)
        .where(
          and(
            eq(speakerUnavailability.conferenceId, conferenceId),
            inArray(speakerUnavailability.speakerId, speakerIds),
          ),
        )
        .orderBy(asc(speakerUnavailability.startsAt))
        .all()
    : [];
  const out: SpeakerExportRow[] = [...bySpeaker.values()]
    .sort((a, b) => a.speaker.name.localeCompare(b.speaker.name, "zh-CN") || a.speaker.id - b.speaker.id)
    .map(({ speaker: s, sessions: taking }) => {
      const en = s.translations.en ?? {};
      return {
        guid: s.guid,
        slug: s.slug,
        name: s.name,
        nameEn: en.name ?? null,
        position: s.position,
        positionEn: en.position ?? null,
        organization: s.organization,
        organizationEn: en.organization ?? null,
        bio: s.bio,
        bioEn: en.bio ?? null,
        links: s.links,
        photo: s.photo,
        accountEmail: accounts.get(s.id) ?? null,
        sessions: taking.size,
        unavailability: windows
          .filter((w) => w.speakerId === s.id)
          .map(({ startsAt, endsAt, note }) => ({ startsAt, endsAt, note })),
      };
    });
  return speakersCsv(out, timeZone);
}
