import type { Locale } from "./vocabulary";

/**
 * Translated text of an entity, keyed by locale then field. The entity's own
 * columns hold the original (in the conference's default locale); this holds
 * the other languages, so adding a field or a locale needs no new column.
 */
export type Translations<Field extends string> = Partial<Record<Locale, Partial<Record<Field, string>>>>;

/** Returns the entity's text for a field in the wanted locale, falling back to the original. */
export function translate<
  Field extends string,
  T extends { [K in Field]: string | null } & { translations: Translations<Field> },
>(entity: T, field: Field, locale: Locale): string | null {
  const translated = entity.translations[locale]?.[field];
  return translated && translated.trim() !== "" ? translated : entity[field];
}

/** The fields of `Field` with, beside each, its English (`name`, `nameEn`, …): as the workspace's forms edit them. */
export type PairedWithEnglish<T, Field extends keyof T & string> = { [K in Field]: T[K] } & {
  [K in Field as `${K}En`]: string;
};

/**
 * Each field's original text followed by its English translation ("" for none), in the order given:
 * what a form shows, the reverse of lib/admin/form-input's withEnglish, which writes the English back.
 */
export function pairWithEnglish<T extends { translations: Translations<string> }, Field extends keyof T & string>(
  entity: T,
  fields: readonly Field[],
): PairedWithEnglish<T, Field> {
  const en = entity.translations.en ?? {};
  const pairs = fields.flatMap((field) => [
    [field, entity[field]],
    [`${field}En`, en[field] ?? ""],
  ]);
  return Object.fromEntries(pairs) as PairedWithEnglish<T, Field>;
}
