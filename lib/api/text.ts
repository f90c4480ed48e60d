import type { Translations } from "@/lib/domain/translations";
import { locales, type Locale } from "@/lib/domain/vocabulary";
import { offsetAt } from "@/lib/time/zoned";

/** An instant as ISO 8601 in UTC with milliseconds, whether it came as a Date or a string. */
export function toInstant(value: Date | string): string {
  return new Date(value).toISOString();
}

/** An instant as the zone's wall clock shows it, with the offset: `2017-12-01T09:00:00+08:00`. */
export function toLocalDateTime(value: Date | string, timeZone: string): string {
  const ms = new Date(value).getTime();
  // Whole minutes, so the wall clock and the offset written beside it name the same instant.
  const offset = Math.round(offsetAt(ms, timeZone) / 60_000) * 60_000;
  const wall = new Date(ms + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  return `${wall}${offset < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Only the known locales and fields, only non-blank text: the API promises nothing else. */
export function pickTranslations<F extends string>(
  translations: Translations<F>,
  fields: readonly F[],
): Translations<F> {
  const picked: Translations<F> = {};
  for (const locale of locales) {
    const entry = translations[locale];
    if (!entry) continue;
    const kept = Object.fromEntries(
      fields.flatMap((f) => (typeof entry[f] === "string" && entry[f].trim() !== "" ? [[f, entry[f]]] : [])),
    ) as Partial<Record<F, string>>;
    if (Object.keys(kept).length) picked[locale] = kept;
  }
  return picked;
}

/** The text in English: the translation where there is one, the original when the original is English, else null. */
export function englishText(original: string, translated: string | undefined, defaultLocale: Locale): string | null {
  if (translated && translated.trim() !== "") return translated;
  return defaultLocale === "en" ? original : null;
}

/** A speaker's photo as an absolute http(s) address: stored photos live on this origin. */
export function absolutePhotoUrl(photo: string | null, origin: string): string | null {
  if (!photo) return null;
  try {
    const url = new URL(photo, origin);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
