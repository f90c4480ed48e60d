import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { latestReleaseId } from "../queries/revision";
import { conferences, releases } from "../schema";
import type { SearchDocument } from "@/lib/search/documents";
import { isFtsTerm, normalizeSearchQuery, toFtsMatchExpression, toLikePattern } from "@/lib/search/query";
import { emptySearchResult, pageOfHits, rankSearchDocuments, type SearchResult } from "@/lib/search/results";

/**
 * The latest release of a published conference, by conference slug or by
 * release id; null when the public may not see it (an older release included).
 */
function findSearchableRelease(db: Db, target: number | string): { id: number; version: string } | null {
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
// are LIKE over the same columns (a scan of the release's documents).
function findCandidates(db: Db, releaseId: number, terms: string[]): SearchDocument[] {
  const conditions: SQL[] = [sql`release_id = ${releaseId}`];
  const ftsTerms = terms.filter(isFtsTerm);
  if (ftsTerms.length > 0) conditions.push(sql`search_documents match ${toFtsMatchExpression(ftsTerms)}`);
  for (const term of terms.filter((t) => !isFtsTerm(t))) {
    const pattern = toLikePattern(term);
    conditions.push(
      sql`(title like ${pattern} escape '\\' or subtitle like ${pattern} escape '\\' or body like ${pattern} escape '\\')`,
    );
  }
  return db.all<SearchDocument>(
    sql`select kind, ref, sort_key as sortKey, title, subtitle, body from search_documents where ${sql.join(conditions, sql` and `)}`,
  );
}

/**
 * Searches the forums, sessions and speakers of a conference's latest
 * published release (given by conference slug or release id) and gives one
 * page of the hits with the totals. Every term must occur; see
 * lib/search/rank.ts for the order. Never throws on what people type: empty,
 * junk and over-long queries come back with a status and no hits.
 */
export async function searchRelease(
  db: Db,
  release: number | string,
  query: string,
  options: { page?: number; perPage?: number } = {},
): Promise<SearchResult> {
  const normalized = normalizeSearchQuery(query);
  if (normalized.status !== "ok") return emptySearchResult(normalized.status, normalized);
  const found = findSearchableRelease(db, release);
  if (!found) return emptySearchResult("no-release", normalized);
  const hits = rankSearchDocuments(findCandidates(db, found.id, normalized.terms), normalized.terms);
  const page = pageOfHits(hits, options.page ?? 1, options.perPage);
  return { status: "ok", query: normalized.query, terms: normalized.terms, release: found, ...page };
}
