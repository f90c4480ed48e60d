import "server-only";
import type { Db } from "../connection";
import { normalizeSearchQuery } from "@/lib/search/query";
import { findSearchableRelease, findSearchCandidates } from "./candidates";
import { emptySearchResult, pageOfHits, rankSearchDocuments, type SearchResult } from "@/lib/search/results";

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
  const hits = rankSearchDocuments(findSearchCandidates(db, found.id, normalized.terms), normalized.terms);
  const page = pageOfHits(hits, options.page ?? 1, options.perPage);
  return { status: "ok", query: normalized.query, terms: normalized.terms, release: found, ...page };
}
