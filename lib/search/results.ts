import type { SearchDocument, SearchField } from "./documents";
import type { NormalizedQuery, QueryStatus } from "./query";
import { compareSessionHits, compareSpeakerHits, scoreSearchDocument } from "./rank";

/** `no-release`: the conference is unknown, unpublished, or has no release yet. */
export type SearchStatus = QueryStatus | "no-release";

export interface SessionSearchHit {
  guid: string;
  score: number;
  startsAt: string;
  matchedFields: SearchField[];
}

export interface SpeakerSearchHit {
  slug: string;
  score: number;
  name: string;
  matchedFields: SearchField[];
}

export interface SearchHits {
  sessions: SessionSearchHit[];
  speakers: SpeakerSearchHit[];
  /** How many matched before `limit` was applied. */
  total: { sessions: number; speakers: number };
}

export interface SearchResult extends SearchHits {
  status: SearchStatus;
  query: string;
  terms: string[];
  /** The release searched; null when nothing was searched. */
  release: { id: number; version: string } | null;
}

export function emptySearchResult(
  status: SearchStatus,
  normalized: Pick<NormalizedQuery, "query" | "terms">,
): SearchResult {
  return {
    status,
    query: normalized.query,
    terms: normalized.terms,
    release: null,
    sessions: [],
    speakers: [],
    total: { sessions: 0, speakers: 0 },
  };
}

/** Keeps the documents in which every term occurs, best first, at most `limit` of each kind. */
export function rankSearchDocuments(
  documents: readonly SearchDocument[],
  terms: readonly string[],
  limit: number,
): SearchHits {
  const sessions: SessionSearchHit[] = [];
  const speakers: SpeakerSearchHit[] = [];
  for (const document of documents) {
    const scored = scoreSearchDocument(document, terms);
    if (!scored) continue;
    if (document.kind === "session") sessions.push({ guid: document.ref, startsAt: document.sortKey, ...scored });
    else speakers.push({ slug: document.ref, name: document.sortKey, ...scored });
  }
  sessions.sort(compareSessionHits);
  speakers.sort(compareSpeakerHits);
  return {
    sessions: sessions.slice(0, limit),
    speakers: speakers.slice(0, limit),
    total: { sessions: sessions.length, speakers: speakers.length },
  };
}
