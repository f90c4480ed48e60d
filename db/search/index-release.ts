import { eq, sql } from "drizzle-orm";
import type { Conn, Db } from "../connection";
import { latestReleaseId } from "../queries/revision";
import { releases } from "../schema";
import { buildSearchDocuments, SEARCH_INDEX_VERSION, type SearchDocument } from "@/lib/search/documents";

// search_documents is an FTS5 table made by drizzle/0001_search_index.sql, outside db/schema.
// 100 rows of 7 values stay far below SQLite's limit on bound parameters.
const ROWS_PER_INSERT = 100;

function insertDocuments(db: Conn, releaseId: number, documents: SearchDocument[]): void {
  for (let i = 0; i < documents.length; i += ROWS_PER_INSERT) {
    const rows = documents
      .slice(i, i + ROWS_PER_INSERT)
      .map(
        (d) =>
          sql`(cast(${releaseId} as integer), ${d.kind}, ${d.ref}, ${d.sortKey}, ${d.title}, ${d.subtitle}, ${d.body})`,
      );
    db.run(
      sql`insert into search_documents (release_id, kind, ref, sort_key, title, subtitle, body) values ${sql.join(rows, sql`, `)}`,
    );
  }
}

/**
 * Makes the conference's latest release, and only it, searchable. Run in the
 * transaction that inserts a release; idempotent.
 */
export function indexLatestRelease(db: Conn, conferenceId: number): void {
  db.transaction(
    (tx) => {
      const all = tx.select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferenceId)).all();
      if (all.length === 0) return;
      tx.run(
        sql`delete from search_documents where release_id in (${sql.join(
          all.map((r) => sql`${r.id}`),
          sql`, `,
        )})`,
      );
      const latest = tx
        .select({ id: releases.id, snapshot: releases.snapshot })
        .from(releases)
        .where(eq(releases.id, latestReleaseId(conferenceId)))
        .get();
      if (latest) insertDocuments(tx, latest.id, buildSearchDocuments(latest.snapshot));
    },
    { behavior: "immediate" },
  );
}

// The index's version is kept in the index itself, in a row no release owns (release 0).
const VERSION_ROW = sql`release_id = 0 and kind = 'index-version'`;

function indexedVersion(db: Conn): number {
  const row = db.get<{ version: string }>(sql`select sort_key as version from search_documents where ${VERSION_ROW}`);
  // An index from before versions were kept is version 1.
  return row ? Number(row.version) : 1;
}

function recordVersion(db: Conn): void {
  db.run(sql`delete from search_documents where ${VERSION_ROW}`);
  db.run(
    sql`insert into search_documents (release_id, kind, ref, sort_key, title, subtitle, body) values (0, 'index-version', '', ${String(SEARCH_INDEX_VERSION)}, '', '', '')`,
  );
}

/** Rebuilds the whole index from the latest release of every conference. */
export function reindexLatestReleases(db: Db): number {
  return db.transaction(
    (tx) => {
      tx.run(sql`delete from search_documents`);
      const conferenceIds = tx.selectDistinct({ id: releases.conferenceId }).from(releases).all();
      for (const { id } of conferenceIds) indexLatestRelease(tx, id);
      recordVersion(tx);
      return conferenceIds.length;
    },
    { behavior: "immediate" },
  );
}

/**
 * Indexes databases whose index is older than this code's documents (or that
 * were published before search existed), from their releases; run on every
 * migration. Does nothing when the index is current.
 */
export function backfillSearchIndex(db: Db): boolean {
  if (indexedVersion(db) === SEARCH_INDEX_VERSION) return false;
  if (!db.select({ id: releases.id }).from(releases).limit(1).get()) {
    recordVersion(db);
    return false;
  }
  reindexLatestReleases(db);
  return true;
}
