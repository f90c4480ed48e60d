import "server-only";
import { getDb } from "../index";
import type { Db } from "../connection";
import { ShownSearch } from "../search/shown-search";

const byDb = new WeakMap<Db, ShownSearch>();

/** Search answers over the app's connection (db/search/shown-search.ts), kept per revision and language. */
export function shownSearch(): ShownSearch {
  const db = getDb();
  let search = byDb.get(db);
  if (!search) byDb.set(db, (search = new ShownSearch(db)));
  return search;
}
