// Reads an iCalendar programme (pretalx, Google Calendar, vobject, hand-made) into
// the neutral ScheduleDocument through ical.js. VEVENT → session, LOCATION → room,
// CATEGORIES → track, ORGANIZER/ATTENDEE names → people, UID → guid; recurring
// events are expanded within the conference's dates. What it cannot use is reported.

import ICAL from "ical.js";
import { instantToLocalDate } from "@/lib/time/zoned";
import { noteDuration, splitDuplicates } from "./event-review";
import { htmlToText } from "./html-text";
import { IcalTimes } from "./ical-times";
import { eventsDocument } from "./events-document";
import { ImportLog } from "./import-log";
import { at, atPath, type Place } from "./import-report";
import { derivedGuid } from "./guids";
import { type ParsedSchedule, type ScheduleEvent, ScheduleFormatError } from "./schedule-document";
import { readVevent, type IcalEvent } from "./ical-event";
import { canonicalZone } from "./time-zones";
import { type ZoneOptions, ZoneReader } from "./zone-reader";

type Component = InstanceType<typeof ICAL.Component>;

export interface IcalOptions extends ZoneOptions {
  /** Title for a calendar without X-WR-CALNAME, e.g. the file's name. */
  fallbackTitle?: string;
  /** The conference imported into: recurring events are expanded within its dates. */
  conferenceDates?: { startDate: string; endDate: string } | null;
}

/** Occurrences of one recurring event taken at most; a rule without end would otherwise run forever. */
const MAX_OCCURRENCES = 500;
/** Occurrences looked at before the conference starts, for a rule that began years earlier. */
const MAX_STEPS = 100_000;

export function parseScheduleIcal(text: string, options: IcalOptions = {}): ParsedSchedule {
  const log = new ImportLog();
  const calendar = readCalendar(text);
  const zones = new ZoneReader(declaredZone(calendar, log), atPath("X-WR-TIMEZONE"), log, options);
  const times = new IcalTimes(calendar, zones, log);
  for (const other of ["vtodo", "vjournal", "vfreebusy"]) {
    const count = calendar.getAllSubcomponents(other).length;
    if (count) log.ignore("icalComponents", atPath("VCALENDAR"), { component: other.toUpperCase() }, count);
  }

  const vevents = calendar.getAllSubcomponents("vevent");
  const read = vevents.map((vevent, i) => readVevent(vevent, i, times, log));
  const single = read.filter((e): e is IcalEvent => e !== null && !e.recurring);
  const recurring = read.filter((e): e is IcalEvent => e !== null && e.recurring);
  const events: Array<{ event: ScheduleEvent; where: Place }> = single.map((e) => ({
    event: e.event,
    where: e.where,
  }));

  if (recurring.length) {
    const zone = zones.zone ?? times.mostUsedZone() ?? "UTC";
    const dates = single.map((e) => instantToLocalDate(new Date(e.event.start), zone)).sort();
    const window = options.conferenceDates ?? (dates.length ? { startDate: dates[0]!, endDate: dates.at(-1)! } : null);
    // RECURRENCE-ID overrides stand in for the occurrence they replace.
    const replaced = new Set(single.filter((e) => e.recurrenceId !== null).map((e) => `${e.uid}/${e.recurrenceId}`));
    for (const master of recurring) {
      const occurrences = expand(master, window, zone, times, log);
      for (const { start, key } of occurrences) {
        if (replaced.has(`${master.uid}/${key}`)) continue;
        const guid = derivedGuid(`ical/${master.uid}/${key}`);
        events.push({
          event: { ...master.event, guid, start: new Date(start).toISOString(), persons: [...master.event.persons] },
          where: master.where,
        });
      }
      if (window)
        log.decide(
          "recurringWithin",
          master.where,
          { start: window.startDate, end: window.endDate },
          occurrences.length,
        );
      else log.decide("recurringFirst", master.where, undefined, occurrences.length);
    }
  }
  if (events.length === 0) throw new ScheduleFormatError("icalNoEvents", atPath("VCALENDAR"));
  for (const { event, where } of events) noteDuration(event.durationMinutes, where, log);
  splitDuplicates(events, log, derivedGuid);

  const timeZone = zones.zone ?? times.mostUsedZone() ?? zones.documentZone(atPath("VCALENDAR"));
  const title =
    String(calendar.getFirstPropertyValue("x-wr-calname") ?? "").trim() || options.fallbackTitle || "Calendar";
  const document = eventsDocument({
    title,
    fallbackAcronym: "calendar",
    subtitle: htmlToText(String(calendar.getFirstPropertyValue("x-wr-caldesc") ?? "")).trim(),
    timeZone,
    events: events.map((e) => e.event),
  });
  return { document, ignored: log.ignored, decisions: log.decisions };
}

/** X-WR-TIMEZONE; else a zone name some generators write as a VCALENDAR property (`VTIMEZONE: Europe/Rome`). */
function declaredZone(calendar: Component, log: ImportLog): string | null {
  const declared = String(calendar.getFirstPropertyValue("x-wr-timezone") ?? "").trim();
  if (declared) return declared;
  for (const name of ["vtimezone", "tzid", "x-lic-location"]) {
    const value = String(calendar.getFirstPropertyValue(name) ?? "").trim();
    if (value && canonicalZone(value)) {
      log.decide("calendarZoneProperty", atPath("VCALENDAR"), { property: name.toUpperCase(), zone: value });
      return value;
    }
  }
  return null;
}

/** ical.js over the text; blank lines (which some hand-made files put between components) are dropped first. */
function readCalendar(text: string): Component {
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\n[ \t]*(?=\n)/g, "");
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body.endsWith("\n") ? body : `${body}\n`);
  } catch (error) {
    throw new ScheduleFormatError("malformedIcal", [at.document()], { detail: (error as Error).message });
  }
  const root = new ICAL.Component(
    Array.isArray(parsed) && typeof parsed[0] === "string"
      ? (parsed as unknown[])
      : ((parsed as unknown[])[0] as unknown[]),
  );
  if (root.name !== "vcalendar") throw new ScheduleFormatError("icalNotCalendar", [at.document()]);
  return root;
}

function expand(
  master: IcalEvent,
  window: { startDate: string; endDate: string } | null,
  zone: string,
  times: IcalTimes,
  log: ImportLog,
) {
  const found: Array<{ start: number; key: string }> = [];
  const iterator = master.source.iterator();
  let steps = 0;
  for (let next = iterator.next(); next && steps < MAX_STEPS; next = iterator.next(), steps += 1) {
    const start = times.instant(next, master.tzid, master.where);
    const date = instantToLocalDate(new Date(start), zone);
    if (!window) {
      if (found.length === 0) found.push({ start, key: next.toString() });
      break;
    }
    if (date > window.endDate) break;
    if (date < window.startDate) continue;
    found.push({ start, key: next.toString() });
    if (found.length >= MAX_OCCURRENCES) {
      log.decide("recurringCapped", master.where, { max: MAX_OCCURRENCES });
      break;
    }
  }
  return found;
}
