import ICAL from "ical.js";
import type { SessionRole } from "@/lib/domain/vocabulary";
import { htmlToText } from "./html-text";
import type { IcalTimes } from "./ical-times";
import type { ImportLog } from "./import-log";
import { at, type Place } from "./import-report";
import { derivedGuid, isUuid } from "./guids";
import type { ScheduleEvent, SchedulePerson } from "./schedule-document";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

export interface IcalEvent {
  event: ScheduleEvent;
  where: Place;
  uid: string;
  recurring: boolean;
  /** RECURRENCE-ID as ical.js writes it, for an override of one occurrence. */
  recurrenceId: string | null;
  source: InstanceType<typeof ICAL.Event>;
  tzid: string | null;
}

// Properties read into the session, or that only describe the file's own bookkeeping.
const READ = new Set([
  "uid",
  "summary",
  "description",
  "dtstart",
  "dtend",
  "duration",
  "location",
  "categories",
  "organizer",
  "attendee",
  "status",
  "url",
  "rrule",
  "rdate",
  "exdate",
  "recurrence-id",
]);
const BOOKKEEPING = new Set(["dtstamp", "created", "last-modified", "sequence", "transp", "class", "priority"]);
// Podium writes `<session guid>@podium`; the guid is taken back so a round trip finds its sessions.
const PODIUM_UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@podium$/i;

/** One VEVENT as a session; null (reported) when it has no start. */
export function readVevent(vevent: Component, index: number, times: IcalTimes, log: ImportLog): IcalEvent | null {
  const summary = textValue(vevent, "summary");
  const where = [at.vevent(index + 1, summary.slice(0, 60))];
  for (const property of vevent.getAllProperties()) {
    if (!READ.has(property.name) && !BOOKKEEPING.has(property.name))
      log.ignore("icalProperty", where, { property: property.name.toUpperCase() });
  }
  const dtstart = vevent.getFirstProperty("dtstart");
  const start = timeOf(dtstart);
  if (!dtstart || !start) {
    log.ignore("icalNoStart", where);
    return null;
  }
  const tzid = paramOf(dtstart, "tzid");
  const startMs = times.instant(start, tzid, where);
  const durationMinutes = readLength(vevent, start, startMs, times, where, log);

  const uid = textValue(vevent, "uid");
  if (!uid) log.decide("noUid", where);
  const podium = PODIUM_UID.exec(uid);
  const location = textValue(vevent, "location");
  if (!location) log.decide("noLocation", where);
  const categories = vevent
    .getAllProperties("categories")
    .flatMap((p) => p.getValues().map((v) => String(v).trim()))
    .filter(Boolean);
  if (categories.length > 1) log.ignore("icalExtraCategories", where, undefined, categories.length - 1);
  const status = textValue(vevent, "status").toUpperCase();
  const url = textValue(vevent, "url");
  const recurrence = vevent.getFirstProperty("recurrence-id");
  const recurrenceTime = timeOf(recurrence);
  const source = new ICAL.Event(vevent);
  if (!summary) log.decide("noSummary", where);
  if (start.isDate) log.decide("allDay", where);

  return {
    where,
    uid,
    recurring: source.isRecurring() && !recurrence,
    recurrenceId: recurrenceTime ? recurrenceTime.toString() : null,
    source,
    tzid,
    event: {
      // A UID is unique by RFC 5545 whatever the calendar is called: the guid derives from it alone, so a re-import finds it.
      guid: podium
        ? podium[1]!.toLowerCase()
        : isUuid(uid) && !recurrenceTime
          ? uid
          : uid
            ? derivedGuid(`ical/${uid}${recurrenceTime ? `/${recurrenceTime.toString()}` : ""}`)
            : null,
      id: null,
      start: new Date(startMs).toISOString(),
      durationMinutes,
      room: location,
      title: summary || "(untitled)",
      titleEn: null,
      subtitle: "",
      track: categories[0] ?? null,
      group: null,
      type: "",
      language: "",
      abstract: htmlToText(textValue(vevent, "description")),
      abstractEn: null,
      description: "",
      slug: null,
      url: /^https?:\/\/\S+$/i.test(url) ? url : null,
      cancelled: status === "CANCELLED",
      persons: readPeople(vevent),
      links: [],
    },
  };
}

/** DTEND, else DURATION, else none: an instant for a date-time, one day for a date (RFC 5545 §3.6.1). */
function readLength(
  vevent: Component,
  start: Time,
  startMs: number,
  times: IcalTimes,
  where: Place,
  log: ImportLog,
): number {
  const dtend = vevent.getFirstProperty("dtend");
  const end = timeOf(dtend);
  if (dtend && end) {
    const minutes = Math.round((times.instant(end, paramOf(dtend, "tzid"), where) - startMs) / 60_000);
    if (minutes >= 0) return minutes;
    log.decide("dtendBeforeStart", where);
    return 0;
  }
  const duration = vevent.getFirstPropertyValue("duration");
  if (duration instanceof ICAL.Duration) return Math.max(0, Math.round(duration.toSeconds() / 60));
  if (start.isDate) return 24 * 60;
  log.decide("noEnd", where);
  return 0;
}

function readPeople(vevent: Component): SchedulePerson[] {
  const people: SchedulePerson[] = [];
  const add = (property: Property, role: SessionRole) => {
    const name = paramOf(property, "cn")?.replace(/^"|"$/g, "").trim();
    if (name && !people.some((p) => p.name === name)) people.push({ name, guid: null, id: null, role });
  };
  // Programme generators put the speaker in ORGANIZER (MOCA's names each talk's speaker there).
  for (const organizer of vevent.getAllProperties("organizer")) add(organizer, "speaker");
  for (const attendee of vevent.getAllProperties("attendee"))
    add(attendee, paramOf(attendee, "role")?.toUpperCase() === "CHAIR" ? "moderator" : "speaker");
  return people;
}

function timeOf(property: Property | null): Time | null {
  const value = property?.getFirstValue();
  return value instanceof ICAL.Time ? value : null;
}

function paramOf(property: Property, name: string): string | null {
  const value = property.getParameter(name);
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** A text property, trimmed: some generators write `LOCATION: XOR`. */
function textValue(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value.trim() : "";
}
