import { z } from "zod";
import { fieldChanges, type FieldChanges } from "@/lib/audit/field-changes";
import type { Translations } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";

// Rules shared by the workspace's forms, for the fields the insert schemas in
// db/validation.ts cannot take as they come from a form (text in, numbers and nulls out).

/** Optional text of at most `max` characters; empty stays "". */
export const optionalText = (max: number) => z.string().trim().max(max).default("");

/** An optional value a form posts as text: empty means none (null), anything else is read by `schema`. */
export const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? v.trim() : v),
    schema.nullable(),
  );

/** Sort order of a list: a whole number, 0 when left empty. */
export const positionSchema = z.coerce
  .number({ error: "wholeNumber" })
  .int("wholeNumber")
  .min(0)
  .max(10_000)
  .default(0);

const httpUrl = z.url({ protocol: /^https?$/ });

/** A web address: http(s) only (no javascript: or ftp:), or empty for none. */
export const webAddressSchema = z
  .string()
  .trim()
  .max(500)
  .default("")
  .transform((v, ctx) => {
    if (v === "") return null;
    if (!httpUrl.safeParse(v).success) {
      ctx.addIssue({ code: "custom", message: "invalidUrl" });
      return z.NEVER;
    }
    return v;
  });

/** Sets one translated field (or removes it when empty), keeping the other languages and fields. */
export function withTranslation<Field extends string>(
  translations: Translations<Field>,
  locale: Locale,
  field: Field,
  value: string,
): Translations<Field> {
  const fields: Partial<Record<Field, string>> = { ...translations[locale] };
  if (value) fields[field] = value;
  else delete fields[field];
  const next: Translations<Field> = { ...translations };
  if (Object.keys(fields).length > 0) next[locale] = fields;
  else delete next[locale];
  return next;
}

/** The audit's before/after of a deleted row: each audited field goes to null. */
export function deletedChanges<T extends Record<string, unknown>>(
  row: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  return fieldChanges(row, Object.fromEntries(fields.map((f) => [f, null])) as Partial<T>, fields);
}
