import { isTimeZone } from "@/lib/time/zoned";

// IANA's own areas. A name outside them (US/Eastern, GB, PRC, Japan) is a legacy
// alias from tzdata's `backward` file; ICU knows where each one links to.
const AREAS = new Set([
  "Africa",
  "America",
  "Antarctica",
  "Arctic",
  "Asia",
  "Atlantic",
  "Australia",
  "Europe",
  "Indian",
  "Pacific",
  "Etc",
]);

/**
 * The zone a file's zone name stands for: the name itself when it is a current
 * IANA name, the zone a legacy alias links to (`US/Eastern` → America/New_York),
 * or null when the runtime does not know it.
 */
export function canonicalZone(name: string): { zone: string; alias: boolean } | null {
  const trimmed = name.trim();
  if (/^(UTC|GMT|Z|Etc\/(UTC|GMT|UCT|Zulu)|UCT|Zulu|Universal)$/i.test(trimmed))
    return { zone: "UTC", alias: trimmed !== "UTC" };
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const area = trimmed.split("/")[0]!;
  // ICU keeps some older spellings (Asia/Calcutta for Asia/Kolkata): a name in an area stays as written.
  if (AREAS.has(area) && isTimeZone(trimmed)) return { zone: trimmed, alias: false };
  if (AREAS.has(resolved.split("/")[0]!) && isTimeZone(resolved)) return { zone: resolved, alias: true };
  return null;
}

/** `+01:00` for Europe/Berlin in winter: the fixed-offset IANA zone for a whole-hour offset, else null. */
export function fixedOffsetZone(offsetMinutes: number): string | null {
  if (offsetMinutes === 0) return "UTC";
  if (offsetMinutes % 60 !== 0 || Math.abs(offsetMinutes) > 14 * 60) return null;
  // POSIX-style names: Etc/GMT-1 is one hour *ahead* of UTC.
  const hours = offsetMinutes / 60;
  return `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

export const formatOffset = (minutes: number) =>
  `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
