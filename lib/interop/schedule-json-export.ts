// Schedule JSON as frab and pretalx write it (the c3voc's schema.json): days, and
// in each day the events per room. Validates strictly against the schema and is
// deterministic — the same document gives the same bytes, `generatedAt` is never printed.

import { dayEnd, dayStart, hoursMinutes, vocTimeZoneName } from "./export-format";
import { prepareExport, type PreparedEvent, type PreparedExport } from "./export-preparation";
import type { ExportOptions, ScheduleDocument } from "./schedule-document";

export function exportScheduleJson(document: ScheduleDocument, options: ExportOptions): string {
  const p = prepareExport(document, options);
  // schema.json has no status: apps show every event it lists as happening, so cancelled
  // sessions are left out (schedule2's `state` carries them, as iCalendar does).
  const events = p.events.filter((e) => !e.source.cancelled);

  const days = p.dates.map((date, i) => {
    // A room may be called anything, `__proto__` included: a prototype-less object takes it as a key.
    const rooms: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
    for (const room of p.rooms) rooms[room.name] = [];
    for (const event of events) if (event.localDate === date) rooms[event.source.room]!.push(eventJson(event));
    return { index: i + 1, date, day_start: dayStart(date, p.zone), day_end: dayEnd(date, p.zone), rooms };
  });

  return jsonSchedule("https://c3voc.de/schedule/schema.json", p, options, {
    conference: {
      ...conferenceName(p),
      start: p.dates[0]!,
      end: p.dates[p.dates.length - 1]!,
      daysCount: p.dates.length,
      timeslot_duration: hoursMinutes(p.timeslotMinutes),
      ...conferencePlace(p),
      tracks: p.tracks.map((t) => ({ name: t.name, slug: t.slug, ...(t.color ? { color: t.color } : {}) })),
      rooms: p.rooms.map((r) => ({ name: r.name, ...(r.slug ? { slug: r.slug } : {}), guid: r.guid })),
      days,
    },
  });
}

/** A schedule JSON file of either schema: its schema, generator, version and base URL, then what it holds. */
export function jsonSchedule(schema: string, p: PreparedExport, options: ExportOptions, schedule: object): string {
  const json = {
    $schema: schema,
    generator: { name: "Podium", version: options.generatorVersion },
    schedule: { version: options.version, base_url: p.baseUrl, ...schedule },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The conference's acronym, title and description, as both schemas begin it. */
export const conferenceName = ({ acronym, document: { conference } }: PreparedExport) => ({
  acronym,
  title: conference.title,
  ...(conference.subtitle ? { description: conference.subtitle } : {}),
});

/** The conference's zone, where the schemas' pattern takes it, and its website. */
export function conferencePlace(p: PreparedExport) {
  const timeZoneName = vocTimeZoneName(p.namedZone);
  return {
    ...(timeZoneName ? { time_zone_name: timeZoneName } : {}),
    ...(p.conferenceUrl ? { url: p.conferenceUrl } : {}),
  };
}

function eventJson(event: PreparedEvent) {
  const { source } = event;
  return {
    id: event.id,
    guid: event.guid,
    date: event.start,
    start: event.start.slice(11, 16),
    end: event.end,
    duration: hoursMinutes(source.durationMinutes),
    room: source.room,
    slug: event.slug,
    url: event.url,
    title: source.title,
    subtitle: source.subtitle,
    // As in the XML export: this format's one grouping carries the forum.
    track: event.grouping,
    type: source.type,
    language: source.language || null,
    abstract: source.abstract,
    description: source.description,
    // `name` without `public_name`: exactly the schema's PretalxPerson, never both of its person shapes.
    persons: event.persons.map((person) => ({
      ...(person.guid ? { guid: person.guid } : {}),
      id: person.id,
      name: person.name,
    })),
    links: linksJson(event),
  };
}

/** Links as both JSON schemas write them: a title only when there is one. */
export const linksJson = (event: PreparedEvent): Array<{ url: string; title?: string }> =>
  event.links.map(({ url, title }) => ({ url, ...(title ? { title } : {}) }));
