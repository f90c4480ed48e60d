// Built on Intl alone: Next.js flags any `new Date()` without arguments during
// prerendering, which date libraries' zoned Date subclasses do internally.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!name || !name.includes("/")) return name === "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The UTC instant of a wall-clock time (`YYYY-MM-DDTHH:mm`) in a time zone. */
export function zonedToInstant(localDateTime: string, timeZone: string): Date {
  const m = LOCAL_DATE_TIME.exec(localDateTime);
  if (!m) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:mm): ${localDateTime}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at the guessed instant; a second pass settles DST transitions.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second);
}

/** The wall-clock date (`YYYY-MM-DD`) of an instant in a time zone. */
export function instantToLocalDate(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The wall-clock time (`HH:mm`) of an instant in a time zone. */
export function instantToLocalTime(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant.getTime(), timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
export function offsetAt(epochMs: number, timeZone: string): number {
  const p = wallClockParts(epochMs, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(epochMs: number, timeZone: string) {
  let fmt = partFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormats.set(timeZone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of fmt.formatToParts(epochMs)) if (type !== "literal") parts[type] = Number(value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Every date from start to end inclusive, both `YYYY-MM-DD`. */
export function datesBetween(startDate: string, endDate: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${endDate}T00:00:00Z`);
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= end; t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
