import type { Db } from "@/db/connection";

// Every table an import or a release writes, the search index included, so a
// test can tell that a refused import, a dry run or a preview wrote nothing.
const tables = [
  "conferences",
  "rooms",
  "tracks",
  "forums",
  "speakers",
  "sessions",
  "session_people",
  "releases",
  "audit_log",
  "search_documents",
] as const;

// The search index keeps its own version in a row of release 0, written when the database is migrated.
const ownRows = (table: (typeof tables)[number]) => (table === "search_documents" ? " where release_id <> 0" : "");

export function countRows(db: Db): Record<string, number> {
  return Object.fromEntries(
    tables.map((name) => [
      name,
      (db.$client.prepare(`select count(*) as n from ${name}${ownRows(name)}`).get() as { n: number }).n,
    ]),
  );
}

/** The counts and every row of those tables. */
export function captureRows(db: Db): { counts: Record<string, number>; rows: Record<string, unknown[]> } {
  return {
    counts: countRows(db),
    rows: Object.fromEntries(
      tables.map((name) => [name, db.$client.prepare(`select * from ${name}${ownRows(name)}`).all()]),
    ),
  };
}
