import type { SearchDocument, SearchField } from "./documents";
import type { NormalizedQuery, QueryStatus } from "./query";
import { compareForumHits, compareSessionHits, compareSpeakerHits, scoreSearchDocument } from "./rank";

/** `no-release`: the conference is unknown, unpublished, or has no release yet. */
export type SearchStatus = QueryStatus | "no-release";

/** Results a page shows at most; more are on the next pages. */
export const SEARCH_PAGE_SIZE = 20;

export interface ForumSearchHit {
  slug: string;
  score: number;
  /** The forum's day and place in it, for equal scores. */
  sortKey: string;
  matchedFields: SearchField[];
}

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

type Counts = { forums: number; sessions: number; speakers: number };

export interface SearchHits {
  forums: ForumSearchHit[];
  speakers: SpeakerSearchHit[];
  sessions: SessionSearchHit[];
  /** How many of each kind matched in all, on every page. */
  total: Counts;
}

/** Which page of the results this is (from 1) and how many there are (at least 1). */
export interface SearchPaging {
  page: number;
  pages: number;
  perPage: number;
}

export interface SearchResult extends SearchHits {
  status: SearchStatus;
  query: string;
  terms: string[];
  /** The release searched; null when nothing was searched. */
  release: { id: number; version: string } | null;
  paging: SearchPaging;
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
    forums: [],
    speakers: [],
    sessions: [],
    total: { forums: 0, sessions: 0, speakers: 0 },
    paging: { page: 1, pages: 1, perPage: SEARCH_PAGE_SIZE },
  };
}

/** Keeps the documents in which every term occurs, each kind best first. */
export function rankSearchDocuments(documents: readonly SearchDocument[], terms: readonly string[]): SearchHits {
  const forums: ForumSearchHit[] = [];
  const sessions: SessionSearchHit[] = [];
  const speakers: SpeakerSearchHit[] = [];
  for (const document of documents) {
    const scored = scoreSearchDocument(document, terms);
    if (!scored) continue;
    if (document.kind === "forum") forums.push({ slug: document.ref, sortKey: document.sortKey, ...scored });
    else if (document.kind === "session") sessions.push({ guid: document.ref, startsAt: document.sortKey, ...scored });
    else if (document.kind === "speaker") speakers.push({ slug: document.ref, name: document.sortKey, ...scored });
  }
  forums.sort(compareForumHits);
  sessions.sort(compareSessionHits);
  speakers.sort(compareSpeakerHits);
  return {
    forums,
    speakers,
    sessions,
    total: { forums: forums.length, sessions: sessions.length, speakers: speakers.length },
  };
}

/**
 * One page of ranked hits. The kinds are read as one list, forums, then
 * speakers, then sessions (a page may hold the end of one kind and the start
 * of the next); a page past the last is the last.
 */
export function pageOfHits(
  hits: SearchHits,
  wanted: number,
  perPage = SEARCH_PAGE_SIZE,
): SearchHits & { paging: SearchPaging } {
  const size = Math.max(1, Math.floor(perPage));
  const count = hits.total.forums + hits.total.speakers + hits.total.sessions;
  const pages = Math.max(1, Math.ceil(count / size));
  const page = Math.min(pages, Math.max(1, Number.isSafeInteger(wanted) ? wanted : 1));
  const start = (page - 1) * size;
  const end = start + size;
  // Each kind's slice of the window [start, end) over the list forums ++ speakers ++ sessions.
  const window = <T>(list: T[], from: number) => list.slice(Math.max(0, start - from), Math.max(0, end - from));
  const speakersFrom = hits.forums.length;
  const sessionsFrom = speakersFrom + hits.speakers.length;
  return {
    forums: window(hits.forums, 0),
    speakers: window(hits.speakers, speakersFrom),
    sessions: window(hits.sessions, sessionsFrom),
    total: hits.total,
    paging: { page, pages, perPage: size },
  };
}
