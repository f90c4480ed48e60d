// The entries of the speakers' index, apart from how names are sorted into them
// (speaker-index.ts), so the page server can read `?letter=` without the pinyin tables.

/** The index's entries: A–Z, then names that start with a digit or another script (and placeholders such as "-"). */
export const INITIALS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "other"] as const;
export type Initial = (typeof INITIALS)[number];

/** An index value from a query string (`?letter=k`), or null for anything that is not one. */
export function parseInitial(value: unknown): Initial | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string") return null;
  const wanted = raw.length === 1 ? raw.toUpperCase() : raw;
  return (INITIALS as readonly string[]).includes(wanted) ? (wanted as Initial) : null;
}
