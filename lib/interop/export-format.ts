import { offsetAt, zonedToInstant } from "@/lib/time/zoned";

// How the schedule exports write values the c3voc schemas constrain: addresses, times,
// durations, slugs and acronyms. One spelling for every format, so they agree with each other.

/** The schemas' own patterns, copied as they are. */
const VOC_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;
const VOC_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
/** The time zone pattern (its first branch has no `$`): `America/New_York` passes, `Etc/GMT-1` does not. */
const VOC_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;
const URI_CHARACTERS = /[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%]/g;

/**
 * An absolute http(s) URL in the shape RFC 3986 (JSON Schema's `uri`, the XSD's anyURI and
 * Java's URI, which Android clients parse with) accepts: what WHATWG leaves raw (`|`, `^`,
 * `[`, a second `#`, a stray `%`) is percent-encoded; credentials are dropped. Anything
 * else — `javascript:`, relative, garbage — is null.
 */
export function httpUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const encode = (part: string) =>
    part
      .replace(/%(?![0-9A-Fa-f]{2})/g, "%25")
      .replace(URI_CHARACTERS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  const hash = url.hash ? `#${encode(url.hash.slice(1))}` : "";
  return `${url.protocol}//${url.host}${encode(url.pathname + url.search)}${hash}`;
}

/** The conference's zone as the JSON schemas' `time_zone_name`, or null where their pattern refuses it. */
export const vocTimeZoneName = (zone: string | null): string | null => (zone && VOC_TIME_ZONE.test(zone) ? zone : null);

/** `2025-02-01T10:35:00+01:00`: the wall clock in the zone with the zone's offset at that instant. */
export function zonedDateTime(epochMs: number, zone: string): string {
  const offset = offsetAt(epochMs, zone);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const wall = new Date(epochMs + offset).toISOString().slice(0, 19);
  return `${wall}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Days run from 00:00:00 to 23:59:59 local time in every format. */
export const dayStart = (date: string, zone: string) =>
  zonedDateTime(zonedToInstant(`${date}T00:00`, zone).getTime(), zone);
export const dayEnd = (date: string, zone: string) =>
  zonedDateTime(zonedToInstant(`${date}T23:59`, zone).getTime() + 59_000, zone);

/**
 * `HH:MM` of whole minutes. The hours are unbounded (`26:00`) unless the format caps
 * them: schedule XML's duration allows two digits, so it passes 99 and writes at most 99:59.
 */
export function hoursMinutes(totalMinutes: number, maxHours = Infinity): string {
  const minutes = Math.min(Math.max(Math.round(totalMinutes), 0), maxHours * 60 + 59);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Text reshaped to the JSON schemas' slug pattern, or null when nothing of it is left. */
export function vocSlug(text: string): string | null {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/[-_]+$/, "");
  return VOC_SLUG.test(slug) ? slug : null;
}

export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * The JSON schemas' acronym pattern allows no hyphen except in `-2025-word`, so `china-netav-2017`
 * becomes `china_netav_2017`; fewer than four characters get the first day's year (`rc3` → `rc3_2020`).
 */
export function vocAcronym(acronym: string, firstDate: string): string {
  if (VOC_ACRONYM.test(acronym)) return acronym;
  const cleaned = acronym
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const padded = cleaned.length >= 4 ? cleaned : `${cleaned || "podium"}_${firstDate.slice(0, 4)}`;
  return VOC_ACRONYM.test(padded) ? padded : "podium";
}

/**
 * The XSD's acronym is `[a-z0-9_-]{4,}`: lowercased, other characters turned into `-`;
 * fewer than four characters get the conference's year (`gdc` → `gdc-2025`), so it is stable.
 */
export function xsdAcronym(acronym: string, firstDate: string): string {
  const cleaned = acronym
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cleaned.length >= 4 ? cleaned : `${cleaned || "podium"}-${firstDate.slice(0, 4)}`;
}

export const pad = (n: number) => String(n).padStart(2, "0");
