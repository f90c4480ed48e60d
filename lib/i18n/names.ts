import type { Translations } from "@/lib/domain/translations";
import type { Locale } from "@/lib/domain/vocabulary";

type Named = { name: string; translations?: Translations<"name"> | null };

/** An entity's name in the viewer's language: its translation when it has one, else the original. */
export function nameIn(entity: Named, locale: Locale): string {
  const translated = entity.translations?.[locale]?.name?.trim();
  return translated || entity.name;
}

/**
 * Both names of an entity for a workspace list: the one in the viewer's language first,
 * then the other version (original or translation) when there is a different one.
 */
export function namesIn(entity: Named, locale: Locale): { name: string; other: string | null } {
  const name = nameIn(entity, locale);
  if (name !== entity.name) return { name, other: entity.name };
  const other = Object.values(entity.translations ?? {})
    .map((t) => t?.name?.trim())
    .find((n) => n && n !== name);
  return { name, other: other ?? null };
}

/** The separator between names in a list: "、" in Chinese, ", " in English. */
export function listSeparator(locale: Locale): string {
  return locale === "zh-CN" ? "、" : ", ";
}

/** Names joined the way the viewer's language lists them. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(listSeparator(locale));
}

/** An organization as a list names it: its short name in the viewer's language when it has one, else its name. */
export function shortNameIn(
  entity: Named & { shortName: string | null; translations?: Translations<"name" | "shortName"> | null },
  locale: Locale,
): string {
  const translated = entity.translations?.[locale];
  return translated?.shortName?.trim() || translated?.name?.trim() || entity.shortName || entity.name;
}

/** Items (the choices of a select) with their names in the viewer's language. */
export function withNamesIn<T extends Named>(items: readonly T[], locale: Locale): T[] {
  return items.map((item) => ({ ...item, name: nameIn(item, locale) }));
}
