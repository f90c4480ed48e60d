// Schedule clients (Giggity, ConfClerk, the FOSDEM apps) key people by the numeric
// `id` of <person>, not by its guid. Podium's speakers are rows per conference and a
// release snapshot may predate a profile's split, so the id is derived from the guid,
// which every copy and every release shares: the same person keeps the same id.

/** FNV-1a over the guid's characters, folded into a positive 31-bit integer (safe for 32-bit clients). */
function hashGuid(guid: string): number {
  let hash = 0x811c9dc5;
  for (const char of guid.toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

/**
 * A numeric id for every guid of a document, none of them in `taken` (ids the file gave
 * people itself). Two guids whose hashes meet get the next free numbers in guid order, so
 * the outcome depends only on the set of people.
 */
export function personIds(guids: Iterable<string>, taken: ReadonlySet<number> = new Set()): Map<string, number> {
  const ids = new Map<string, number>();
  const used = new Set(taken);
  for (const guid of [...new Set([...guids].map((g) => g.toLowerCase()))].sort()) {
    let id = hashGuid(guid);
    while (used.has(id)) id = id >= 0x7fffffff ? 1 : id + 1;
    used.add(id);
    ids.set(guid, id);
  }
  return ids;
}
