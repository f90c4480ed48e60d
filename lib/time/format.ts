import type { Locale } from "@/lib/domain/vocabulary";

/** A date range such as "2017年11月29日至12月1日" or "November 29 – December 1, 2017", for whole local dates. */
export function formatDateRange(startDate: string, endDate: string, locale: Locale): string {
  const start = new Date(`${startDate}T00:00:00Z`);
  const end = new Date(`${endDate}T00:00:00Z`);
  const full = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  if (startDate === endDate) return full.format(start);
  if (locale === "zh-CN") {
    // ICU's Chinese range pattern falls back to numeric dates; write it the way Chinese programmes do.
    const sameYear = startDate.slice(0, 4) === endDate.slice(0, 4);
    const tail = sameYear
      ? new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "UTC" }).format(end)
      : full.format(end);
    return `${full.format(start)}至${tail}`;
  }
  return full.formatRange(start, end);
}

/** A local date with its weekday, e.g. "12月1日 星期五" / "Friday, December 1". */
export function formatDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", weekday: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Start–end clock times in the conference's zone, e.g. "09:00–09:20"; an instant (start = end) is its one time. */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: Locale): string {
  const fmt = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  return end.getTime() === start.getTime() ? fmt.format(start) : `${fmt.format(start)}–${fmt.format(end)}`;
}

/** The zone as people read it: "Asia/Shanghai (UTC+8)". */
export function formatTimeZoneLabel(timeZone: string, at: Date): string {
  const offset = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const utcOffset = !offset || /^GMT([+-]0)?$/.test(offset) ? "UTC" : offset.replace("GMT", "UTC");
  return timeZone === "UTC" ? "UTC" : `${timeZone} (${utcOffset})`;
}

/** A clock time in the conference's zone, e.g. "09:00". */
export function formatClockTime(instant: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    instant,
  );
}

/** A short local date with weekday for tabs, e.g. "12月1日周五" / "Fri, Dec 1". */
export function formatShortDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", weekday: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
