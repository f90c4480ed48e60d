// Schedule XML, the frab/pentabarf format kept by the c3voc and read by Giggity,
// EventFahrplan, the FOSDEM companion apps and info-beamer. The output validates
// strictly against schedule.xml.xsd and is deterministic: the same document gives
// the same bytes, so `generatedAt` is never printed and unchanged releases diff empty.

import { dayEnd, dayStart, hoursMinutes, httpUrl, xsdAcronym } from "./export-format";
import { prepareExport, type PreparedEvent } from "./export-preparation";
import type { ExportOptions, ScheduleDocument } from "./schedule-document";
import { XmlWriter } from "./xml-writer";

/** The XSD's `voc-slug-new`; a slug of another shape is left out rather than reshaped. */
const XSD_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
/** The XSD's duration has at most two hour digits. */
const MAX_HOURS = 99;

export function exportScheduleXml(document: ScheduleDocument, options: ExportOptions): string {
  const p = prepareExport(document, options);
  const { conference } = document;
  // Schedule XML has no status; apps show every event it lists as happening. Cancelled
  // sessions are left out here and carried by iCalendar (STATUS:CANCELLED) and JSON.
  const events = p.events.filter((e) => !e.source.cancelled);

  const x = new XmlWriter();
  x.open("schedule");
  x.leaf("generator", "", { name: "Podium", version: options.generatorVersion });
  x.leaf("url", new URL("schedule.xml", p.base).href);
  x.leaf("version", options.version);
  x.open("conference");
  x.leaf("acronym", xsdAcronym(conference.acronym || conference.title, p.dates[0]!));
  x.leaf("title", conference.title);
  x.leaf("start", p.dates[0]!);
  x.leaf("end", p.dates[p.dates.length - 1]!);
  x.leaf("days", String(p.dates.length));
  x.leaf("timeslot_duration", hoursMinutes(p.timeslotMinutes));
  x.leaf("base_url", p.baseUrl);
  // A file without a website of its own takes its base_url as one on import: don't echo it back.
  if (p.conferenceUrl && p.conferenceUrl !== p.baseUrl) x.leaf("url", p.conferenceUrl);
  if (p.namedZone) x.leaf("time_zone_name", p.namedZone);
  for (const track of p.tracks) x.leaf("track", track.name, { name: track.name, color: track.color });
  x.close("conference");

  // The XSD wants slugs unique and of its own shape: an event's own slug when it has one, none made up.
  const usedSlugs = new Set<string>();
  const slugOf = ({ source }: PreparedEvent) => {
    const slug = source.slug && XSD_SLUG.test(source.slug) && !usedSlugs.has(source.slug) ? source.slug : null;
    if (slug) usedSlugs.add(slug);
    return slug;
  };
  for (const [i, date] of p.dates.entries()) {
    x.open("day", { index: String(i + 1), date, start: dayStart(date, p.zone), end: dayEnd(date, p.zone) });
    const dayEvents = events.filter((e) => e.localDate === date);
    for (const room of p.rooms) {
      const roomEvents = dayEvents.filter((e) => e.source.room === room.name);
      if (roomEvents.length === 0) continue;
      // Only a room's own guid: the XSD asks for none, and clients that want one read the JSON exports.
      x.open("room", { name: room.name, guid: room.ownGuid ? room.guid : null });
      for (const event of roomEvents) writeEvent(x, event, slugOf(event));
      x.close("room");
    }
    x.close("day");
  }
  x.close("schedule");
  return x.toString();
}

function writeEvent(x: XmlWriter, event: PreparedEvent, slug: string | null) {
  const { source } = event;
  x.open("event", { id: String(event.id), guid: event.guid });
  x.leaf("date", event.start);
  x.leaf("start", event.start.slice(11, 16));
  x.leaf("duration", hoursMinutes(source.durationMinutes, MAX_HOURS));
  x.leaf("room", source.room);
  if (slug) x.leaf("slug", slug);
  // The event's own page only: a made-up address for a file's event would lead nowhere.
  const url = httpUrl(source.url);
  if (url) x.leaf("url", url);
  x.leaf("title", source.title);
  x.leaf("subtitle", source.subtitle);
  // The format has one grouping, <track>, and apps build their menus from it: it
  // carries the forum (Podium's summit / devroom), which is what attendees follow.
  // Podium's own tracks, a coarser theme, are listed under <conference> and carried
  // per session in schedule2.json. An import makes one forum per track and day, so
  // imported files come back with their tracks; an event with no forum keeps its track.
  x.leaf("track", event.grouping ?? "");
  x.leaf("type", source.type);
  if (source.language) x.leaf("language", source.language);
  x.leaf("abstract", source.abstract);
  x.leaf("description", source.description);
  x.open("persons");
  for (const person of event.persons) x.leaf("person", person.name, { id: String(person.id), guid: person.guid });
  x.close("persons");
  x.open("links");
  for (const link of event.links) x.leaf("link", link.title, { href: link.url });
  x.close("links");
  x.close("event");
}
