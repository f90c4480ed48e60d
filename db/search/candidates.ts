import type Database from "better-sqlite3";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { latestReleaseId } from "../queries/revision";
import { conferences, releases } from "../schema";
import type { SearchDocument } from "@/lib/search/documents";
import { isFtsTerm, toFtsMatchExpression, toLikePattern } from "@/lib/search/query";

// The index's reads, free of the framework: the search page, search.json in Next.js and
// the page server's own answer to search.json (scripts/server/search-json.ts) share them.

/**
 * The latest release of a published conference, by conference slug or by
 * release id; null when the public may not see it (an older release included).
 */
export function findSearchableRelease(db: Db, target: number | string): { id: number; version: string } | null {
  const conference =
    typeof target === "number"
      ? eq(conferences.id, sql`(select ${releases.conferenceId} from ${releases} where ${releases.id} = ${target})`)
      : eq(conferences.slug, target);
  const latest = db
    .select({ id: releases.id, version: releases.version })
    .from(conferences)
    .innerJoin(releases, eq(releases.id, latestReleaseId(conferences.id)))
    .where(and(conference, eq(conferences.published, true)))
    .get();
  if (!latest || (typeof target === "number" && latest.id !== target)) return null;
  return latest;
}

// Terms of three characters or more go through the trigram index; shorter ones
// are LIKE over the same columns (a scan of the release's documents). One prepared
// statement per shape of query (how many LIKE terms, whether any goes to MATCH).
const statements = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[], SearchDocument>>>();

function candidateStatement(client: Database.Database, fts: boolean, likes: number) {
  let byShape = statements.get(client);
  if (!byShape) statements.set(client, (byShape = new Map()));
  const shape = `${fts ? 1 : 0}:${likes}`;
  let statement = byShape.get(shape);
  if (!statement) {
    const like = "(title like ? escape '\\' or subtitle like ? escape '\\' or body like ? escape '\\')";
    const conditions = ["release_id = ?", ...(fts ? ["search_documents match ?"] : []), ...Array(likes).fill(like)];
    statement = client.prepare<unknown[], SearchDocument>(
      `select kind, ref, sort_key as sortKey, title, subtitle, body from search_documents where ${conditions.join(" and ")}`,
    );
    byShape.set(shape, statement);
  }
  return statement;
}

/** The documents of a release in which every term may occur (ranking checks that each does). */
export function findSearchCandidates(db: Db, releaseId: number, terms: readonly string[]): SearchDocument[] {
  const ftsTerms = terms.filter(isFtsTerm);
  const likeTerms = terms.filter((t) => !isFtsTerm(t)).map(toLikePattern);
  const values: unknown[] = [releaseId];
  if (ftsTerms.length > 0) values.push(toFtsMatchExpression(ftsTerms));
  for (const pattern of likeTerms) values.push(pattern, pattern, pattern);
  return candidateStatement(db.$client, ftsTerms.length > 0, likeTerms.length).all(...values);
}
