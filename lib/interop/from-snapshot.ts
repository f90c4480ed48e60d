import type { ReleaseSnapshot } from "@/lib/release/snapshot";
import { byStartThenGuid } from "./export-preparation";
import type { ScheduleDocument, ScheduleEvent } from "./schedule-document";

const minutesBetween = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 60_000);

/**
 * A release (or the working programme, snapshotted) as the neutral schedule
 * document the exports render. Forums become groups; a session without a
 * track names its forum as the track in formats that have no groups (see the
 * XML export). `baseUrl` ends with `/` and prefixes each session's public page.
 * People's numeric ids are the export preparation's, derived from their guids.
 */
export function snapshotToDocument(snapshot: ReleaseSnapshot, baseUrl: string): ScheduleDocument {
  const { conference } = snapshot;
  const rooms = new Map(snapshot.rooms.map((r) => [r.id, r]));
  const tracks = new Map(snapshot.tracks.map((t) => [t.id, t]));
  const forums = new Map(snapshot.forums.map((f) => [f.id, f]));
  const speakers = new Map(snapshot.speakers.map((s) => [s.id, s]));
  const bilingual =
    snapshot.sessions.some((s) => s.translations.en?.title) || Boolean(conference.translations.en?.name);

  const events = snapshot.sessions
    .map((s): ScheduleEvent => {
      const forum = forums.get(s.forumId)!;
      const en = s.translations.en ?? {};
      return {
        guid: s.guid,
        id: s.interop?.externalId ?? s.id,
        start: new Date(s.startsAt).toISOString(),
        durationMinutes: minutesBetween(s.startsAt, s.endsAt),
        // A session may be published before it has a room: it happens in its forum then.
        room: (s.roomId !== null ? rooms.get(s.roomId)?.name : undefined) ?? forum.name,
        title: s.title,
        titleEn: en.title || null,
        subtitle: s.interop?.subtitle ?? "",
        track: s.trackId !== null ? (tracks.get(s.trackId)?.name ?? null) : null,
        group: forum.slug,
        type: s.interop?.typeLabel ?? s.kind,
        language: s.language,
        abstract: s.abstract,
        abstractEn: en.abstract || null,
        description: s.interop?.description ?? "",
        slug: s.interop?.slug ?? null,
        url: `${baseUrl}sessions/${s.guid}`,
        cancelled: s.status === "cancelled",
        persons: s.people.flatMap((p) => {
          const speaker = speakers.get(p.speakerId);
          return speaker ? [{ name: speaker.name, guid: speaker.guid, id: null, role: p.role }] : [];
        }),
        links: s.interop?.links ?? [],
      };
    })
    .sort(byStartThenGuid);

  const usedRooms = new Set(events.map((e) => e.room));
  const roomNames = [...snapshot.rooms].sort((a, b) => a.position - b.position || a.id - b.id).map((r) => r.name);
  // Forums standing in for a room come after the real rooms.
  for (const e of events) if (!roomNames.includes(e.room)) roomNames.push(e.room);

  return {
    conference: {
      acronym: conference.slug,
      title: conference.name,
      subtitle: conference.theme,
      venue: conference.venue,
      city: conference.city,
      startDate: conference.startDate,
      endDate: conference.endDate,
      timeZone: conference.timeZone,
      url: conference.website,
      languages:
        bilingual && conference.defaultLocale !== "en" ? [conference.defaultLocale, "en"] : [conference.defaultLocale],
    },
    rooms: roomNames.filter((name) => usedRooms.has(name)).map((name) => ({ name, guid: null })),
    tracks: [...snapshot.tracks]
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((t) => ({ name: t.name, color: /^#[0-9a-fA-F]{6}$/.test(t.color) ? t.color : null })),
    groups: [...snapshot.forums]
      .sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position || a.id - b.id)
      .map((f) => ({ slug: f.slug, name: f.name, nameEn: f.translations.en?.name || null, date: f.date })),
    events,
  };
}
