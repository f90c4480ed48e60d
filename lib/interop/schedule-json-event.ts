// One event of a schedule JSON (schema.json or schema2): its times, people and links.

import type { SessionRole } from "@/lib/domain/vocabulary";
import { instantToLocalDate, isLocalDate } from "@/lib/time/zoned";
import { noteDuration } from "./event-review";
import { isUuid } from "./guids";
import type { ImportLog } from "./import-log";
import { atPath } from "./import-report";
import { absoluteHttp, isEmpty, isObject, text, type Json } from "./json-read";
import { localizable, type Context, type JsonLog } from "./schedule-json-context";
import { ScheduleFormatError, type ScheduleEvent, type SchedulePerson } from "./schedule-document";
import type { ZoneReader } from "./zone-reader";

const roles: Record<string, SessionRole> = {
  SPEAKER: "speaker",
  MODERATOR: "moderator",
  CONTRIBUTOR: "panelist",
  GUEST: "panelist",
  HOST: "host",
};
/** States in which an event does not happen as scheduled. */
const cancelledStates = new Set(["CANCELED", "CANCELLED", "WITHDRAWN", "DELETED", "REJECTED"]);
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface Instant {
  ms: number;
  /** The local date of the start as the file writes it, or in the conference's zone. */
  localDate: string;
}

export function readEvent(
  raw: Json,
  path: string,
  ctx: Context,
  start: Instant,
  room: string,
  group: string | null,
  track: string | null,
) {
  const { log } = ctx;
  log.extras(raw, "event", path);
  const guid =
    typeof raw.guid === "string" && raw.guid.trim()
      ? raw.guid.trim()
      : typeof raw.guid === "number"
        ? String(raw.guid)
        : null;
  // The title field keeps its word; a Podium export's `localized_titles` adds the translation it has no room for.
  const own = localizable(raw.title, "event", `${path}.title`, log);
  const extra =
    guid && Object.hasOwn(ctx.localTitles, guid)
      ? localizable(ctx.localTitles[guid], "event", `schedule.podium.localized_titles`, log)
      : null;
  const titles = { text: own.text.trim() ? own.text : (extra?.text ?? ""), en: own.en ?? extra?.en ?? null };
  if (!titles.text.trim()) throw new ScheduleFormatError("noTitle", atPath(`${path}.title`));
  const abstract = localizable(raw.abstract, "event", `${path}.abstract`, log);
  const url = absoluteHttp(raw.url);
  if (url === null && !isEmpty(raw.url)) log.ignore("eventUrlNotHttp", atPath(`${path}.url`));
  const event: ScheduleEvent = {
    guid,
    id: readId(raw.id, `${path}.id`, log),
    start: new Date(start.ms).toISOString(),
    durationMinutes: readDuration(raw, start.ms, path, ctx),
    room,
    title: titles.text,
    titleEn: titles.en,
    subtitle: text(raw.subtitle),
    track,
    group,
    type: text(raw.type),
    language: text(raw.language),
    abstract: abstract.text,
    abstractEn: abstract.en,
    description: localizable(raw.description, "event", `${path}.description`, log).text,
    slug: typeof raw.slug === "string" && raw.slug ? raw.slug : null,
    url,
    cancelled: typeof raw.state === "string" && cancelledStates.has(raw.state.toUpperCase()),
    persons: readPersons(
      raw.persons ?? raw.participants,
      `${path}.${raw.persons != null ? "persons" : "participants"}`,
      log,
    ),
    links: readLinks(raw.links, `${path}.links`, log),
  };
  return { event, date: start.localDate };
}

function readPersons(value: unknown, path: string, log: JsonLog): SchedulePerson[] {
  return (Array.isArray(value) ? value : []).flatMap((raw, i): SchedulePerson[] => {
    const where = `${path}[${i}]`;
    if (!isObject(raw)) {
      log.ignore("personNotObject", atPath(where));
      return [];
    }
    log.extras(raw, "person", where);
    const name = (text(raw.name) || text(raw.public_name)).trim();
    if (!name) {
      log.ignore("personWithoutName", atPath(where));
      return [];
    }
    const guid = isUuid(raw.guid) ? raw.guid : null;
    if (!guid && !isEmpty(raw.guid)) log.ignore("personGuidNotUuid", atPath(where));
    let role: SessionRole | null = null;
    if (typeof raw.role === "string" && raw.role) {
      role = roles[raw.role.toUpperCase()] ?? null;
      if (!role) log.ignore("participantRole", atPath(where), { role: raw.role });
    }
    const id = readId(raw.id, `${where}.id`, log);
    if (guid === null && id === null) log.decide("peopleWithoutId", atPath(where));
    return [{ name, guid, id, role }];
  });
}

function readLinks(value: unknown, path: string, log: JsonLog): Array<{ url: string; title: string }> {
  return (Array.isArray(value) ? value : []).flatMap((raw, i) => {
    const where = `${path}[${i}]`;
    const link: Json = isObject(raw) ? raw : { url: raw };
    log.extras(link, "link", where);
    const url = absoluteHttp(link.url);
    if (!url) {
      log.ignore("linkNotHttp", atPath(where));
      return [];
    }
    return [{ url, title: text(link.title) }];
  });
}

/** An ISO date-time with or without an offset; null when it is not one. */
export function readStart(value: unknown, zones: ZoneReader, where: string): Instant | null {
  const m = typeof value === "string" ? DATE_TIME.exec(value.trim()) : null;
  if (!m || !isLocalDate(m[1]!)) return null;
  const ms = zones.instant(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}`, m[6] ?? null, atPath(where));
  if (Number.isNaN(ms)) return null;
  return { ms, localDate: zones.zone ? instantToLocalDate(new Date(ms), zones.zone) : m[1]! };
}

/** frab's older `start: "HH:MM"` on the day's date; a clock before the day's start belongs to the night after. */
export function startFromClock(clock: unknown, day: Json, zones: ZoneReader, where: string): Instant | null {
  const time = typeof clock === "string" ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(clock.trim()) : null;
  const date = text(day.date);
  if (!time || !isLocalDate(date)) return null;
  const hhmm = `${time[1]!.padStart(2, "0")}:${time[2]}`;
  const dayStart = DATE_TIME.exec(text(day.day_start));
  const nextDay =
    dayStart && hhmm < `${dayStart[2]}:${dayStart[3]}`
      ? new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      : date;
  return readStart(`${nextDay}T${hhmm}${zones.zone ? "" : (dayStart?.[6] ?? "")}`, zones, where);
}

/** `duration` as `H:MM`, `HH:MM`, `HH:MM:SS`, ISO 8601 (`PT1H30M`) or empty (an instant), else `end` − start; whole minutes. */
function readDuration(raw: Json, startMs: number, path: string, ctx: Context): number {
  let minutes: number;
  if (raw.duration != null) {
    const value = typeof raw.duration === "string" ? raw.duration.trim() : "";
    const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
    const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
    if (value === "" && typeof raw.duration === "string") {
      ctx.log.decide("emptyDuration", atPath(`${path}.duration`));
      minutes = 0;
    } else if (clock) minutes = Math.round(Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60);
    else if (iso && value !== "P" && !value.endsWith("T"))
      minutes = Math.round(
        Number(iso[1] ?? 0) * 1440 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0) + Number(iso[4] ?? 0) / 60,
      );
    else
      throw new ScheduleFormatError("unreadableDuration", atPath(`${path}.duration`), {
        duration: JSON.stringify(raw.duration),
      });
  } else {
    const end = readStart(raw.end, ctx.zones, `${path}.end`);
    if (!end) throw new ScheduleFormatError("noDurationNorEnd", atPath(`${path}.duration`));
    minutes = Math.round((end.ms - startMs) / 60_000);
  }
  if (!(minutes >= 0))
    throw new ScheduleFormatError("endsBeforeStart", atPath(`${path}.${raw.duration != null ? "duration" : "end"}`), {
      minutes,
    });
  noteDuration(minutes, atPath(path), ctx.log);
  return minutes;
}

export function readId(value: unknown, where: string, log: ImportLog): number | null {
  const id =
    typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isSafeInteger(id) && id > 0) return id;
  if (!isEmpty(value)) log.ignore("idNotPositive", atPath(where));
  return null;
}

export function localDateOf(value: unknown, zones: ZoneReader, where: string): string | undefined {
  const date = text(value).slice(0, 10);
  if (zones.zone === null && typeof value === "string" && !/(Z|[+-]\d{2}:?\d{2})$/.test(value.trim()))
    return isLocalDate(date) ? date : undefined;
  const start = readStart(value, zones, where);
  return start ? start.localDate : isLocalDate(date) ? date : undefined;
}
