import { z } from "zod";
import type { Translations } from "@/lib/domain/translations";
import { instantToLocalDate, instantToLocalTime, isLocalDate } from "@/lib/time/zoned";

/**
 * The rows of a repeating form section (forum organizations, people, links): a form posts them as
 * one JSON hidden field, code may pass the array itself.
 */
export function jsonRows<Row extends z.ZodType>(row: Row, max: number) {
  return z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return [];
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, z.array(row, "unreadableRows").max(max));
}

/**
 * For the rows of a forum's organizations or a session's people: the same one twice in the same
 * role is refused as duplicateRole on the repeated row's id.
 */
export function noRepeatedRole<Id extends string>(idField: Id) {
  return (rows: ReadonlyArray<Record<Id, unknown> & { role: string }>, ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = `${String(row[idField])}:${row.role}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, idField], message: "duplicateRole" });
      seen.add(key);
    });
  };
}

/** An optional reference picked in a select: "" or nothing → null, else a positive id. */
export const optionalId = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce.number().int().positive().nullable(),
);

/** An entity's English text beside its original: other locales are kept, emptied fields dropped. */
export function withEnglish<Field extends string>(
  translations: Translations<Field>,
  en: Record<Field, string>,
): Translations<Field> {
  const kept = Object.fromEntries(
    Object.entries({ ...translations.en, ...en }).filter(([, v]) => typeof v === "string" && v !== ""),
  ) as Partial<Record<Field, string>>;
  const others = Object.fromEntries(
    Object.entries(translations).filter(([locale]) => locale !== "en"),
  ) as Translations<Field>;
  return Object.keys(kept).length ? { ...others, en: kept } : others;
}

/** A wall-clock date and time as `datetime-local` inputs write it, `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string("invalidDateTime")
  .trim()
  .refine(
    (v) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) &&
      isLocalDate(v.slice(0, 10)) &&
      Number(v.slice(11, 13)) < 24 &&
      Number(v.slice(14, 16)) < 60,
    "invalidDateTime",
  );

/** An instant as a `datetime-local` value in a time zone. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  return `${instantToLocalDate(instant, timeZone)}T${instantToLocalTime(instant, timeZone)}`;
}

/** What a form posts for a schema: each field may be missing or malformed until the data function parses it. */
export type FormInput<Schema extends z.ZodType> = { [Field in keyof z.input<Schema>]?: unknown };
