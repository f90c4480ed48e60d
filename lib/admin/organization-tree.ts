/** True when putting organization `id` under `parentId` would make it its own ancestor. */
export function wouldCycle(parentOf: ReadonlyMap<number, number | null>, id: number, parentId: number): boolean {
  const seen = new Set<number>();
  for (let at: number | null | undefined = parentId; at != null && !seen.has(at); at = parentOf.get(at)) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

/** The organizations that may become the parent of `id` (all but itself and its descendants); `null` for a new one. */
export function possibleParents<T extends { id: number; parentId: number | null }>(
  organizations: readonly T[],
  id: number | null,
): T[] {
  if (id === null) return [...organizations];
  const parentOf = new Map(organizations.map((o) => [o.id, o.parentId]));
  return organizations.filter((o) => !wouldCycle(parentOf, id, o.id));
}
