import { matchesSearch } from "./list-query";

/** How the lists of a conference's ordered items (rooms, tracks) sort. */
export const orderedItemSorts = ["position", "name", "sessions"] as const;
export type OrderedItemSort = (typeof orderedItemSorts)[number];

interface OrderedItemRow {
  name: string;
  other: string | null;
  slug: string;
  position: number;
  sessionCount: number;
}

/** The items the search text finds (either name or the slug), and the order a column asks for. */
export function orderedItemList<Row extends OrderedItemRow>(
  rows: Row[],
  q: string,
  sort: OrderedItemSort,
  locale: string,
) {
  const compare = {
    position: (a: Row, b: Row) => a.position - b.position,
    name: (a: Row, b: Row) => a.name.localeCompare(b.name, locale),
    sessions: (a: Row, b: Row) => a.sessionCount - b.sessionCount,
  }[sort];
  return { rows: rows.filter((r) => matchesSearch(q, r.name, r.other, r.slug)), compare };
}
