// Reads an iCalendar programme (pretalx, Google Calendar, vobject, hand-made) into
// the neutral ScheduleDocument through ical.js. VEVENT → session, LOCATION → room,
// CATEGORIES → track, ORGANIZER/ATTENDEE names → people, UID → guid; recurring
// events are expanded within the conference's dates. What it cannot use is reported.

import ICAL from "ical.js";
import { slugify } from "@/lib/slug";
import { instantToLocalDate } from "@/lib/time/zoned";
import { noteDuration, splitDuplicates } from "./event-review";
import { htmlToText } from "./html-text";
import { IcalTimes } from "./ical-times";
import { ImportLog } from "./import-log";
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
  const zones = new ZoneReader(declaredZone(calendar, log), "X-WR-TIMEZONE", log, options);
  const times = new IcalTimes(calendar, zones, log);
  for (const other of ["vtodo", "vjournal", "vfreebusy"]) {
    const count = calendar.getAllSubcomponents(other).length;
    if (count) log.ignore(`${other.toUpperCase()} components`, "VCALENDAR", count);
  }

  const vevents = calendar.getAllSubcomponents("vevent");
  const read = vevents.map((vevent, i) => readVevent(vevent, i, times, log));
  const single = read.filter((e): e is IcalEvent => e !== null && !e.recurring);
  const recurring = read.filter((e): e is IcalEvent => e !== null && e.recurring);
  const events: Array<{ event: ScheduleEvent; where: string }> = single.map((e) => ({
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
      log.decide(
        `recurring events: expanded within ${window ? `${window.startDate} – ${window.endDate}` : "the date of their first occurrence"}`,
        master.where,
        occurrences.length,
      );
    }
  }
  if (events.length === 0) throw new ScheduleFormatError("The calendar has no events (VEVENT) to import", "VCALENDAR");
  for (const { event, where } of events) noteDuration(event.durationMinutes, where, log);
  splitDuplicates(events, log, derivedGuid);

  const timeZone = zones.zone ?? times.mostUsedZone() ?? zones.documentZone("VCALENDAR");
  const localDates = events.map(({ event }) => instantToLocalDate(new Date(event.start), timeZone ?? "UTC")).sort();
  const title =
    String(calendar.getFirstPropertyValue("x-wr-calname") ?? "").trim() || options.fallbackTitle || "Calendar";
  const inOrder = (pick: (e: ScheduleEvent) => string | null) => [
    ...new Set(events.map((e) => pick(e.event)).filter((v): v is string => Boolean(v))),
  ];
  return {
    document: {
      conference: {
        acronym: slugify(title) || "calendar",
        title,
        subtitle: htmlToText(String(calendar.getFirstPropertyValue("x-wr-caldesc") ?? "")).trim(),
        venue: "",
        city: "",
        startDate: localDates[0]!,
        endDate: localDates.at(-1)!,
        timeZone,
        url: null,
        languages: [],
      },
      rooms: inOrder((e) => e.room).map((name) => ({ name, guid: null })),
      tracks: inOrder((e) => e.track).map((name) => ({ name, color: null })),
      groups: [],
      events: events.map((e) => e.event),
    },
    ignored: log.ignored,
    decisions: log.decisions,
  };
}

/** X-WR-TIMEZONE; else a zone name some generators write as a VCALENDAR property (`VTIMEZONE: Europe/Rome`). */
function declaredZone(calendar: Component, log: ImportLog): string | null {
  const declared = String(calendar.getFirstPropertyValue("x-wr-timezone") ?? "").trim();
  if (declared) return declared;
  for (const name of ["vtimezone", "tzid", "x-lic-location"]) {
    const value = String(calendar.getFirstPropertyValue(name) ?? "").trim();
    if (value && canonicalZone(value)) {
      log.decide(
        `the calendar's ${name.toUpperCase()} property “${value}” (not a VTIMEZONE component) read as its time zone`,
        "VCALENDAR",
      );
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
    throw new ScheduleFormatError(`Malformed iCalendar: ${(error as Error).message}`, "document");
  }
  const root = new ICAL.Component(
    Array.isArray(parsed) && typeof parsed[0] === "string"
      ? (parsed as unknown[])
      : ((parsed as unknown[])[0] as unknown[]),
  );
  if (root.name !== "vcalendar")
    throw new ScheduleFormatError("An iCalendar file must start with BEGIN:VCALENDAR", "document");
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
      log.decide(
        `recurring events with more than ${MAX_OCCURRENCES} occurrences in the conference: the first ${MAX_OCCURRENCES} taken`,
        master.where,
      );
      break;
    }
  }
  return found;
}
