import type { SearchDocument, SearchDocumentKind } from "./documents";
import { excerpt } from "./highlight";
import { findMatchRanges } from "./match";
import { normalizeSearchQuery, type QueryStatus } from "./query";
import { pageOfHits, rankSearchDocuments, SEARCH_PAGE_SIZE, type SearchPaging } from "./results";

// One answer to a search, for the server's search.json and for the page searching its
// offline index alike: ranked by lib/search/rank.ts, paged by lib/search/results.ts,
// marked by lib/search/match.ts. No database here and no framework: the browser runs it.

/** A forum, session or speaker as a hit shows it, in one language. */
export interface ShownDocument extends SearchDocument {
  /** The item's page, from the site's root. */
  link: string;
  /** A forum's day; a session's day, time and room; nothing for a speaker. */
  meta: string;
}

/** Text with the offsets `[start, end)` of what matched, for a page to mark without HTML. */
export interface MarkedText {
  text: string;
  marks: Array<[number, number]>;
}

export interface SearchAnswerHit {
  kind: SearchDocumentKind;
  ref: string;
  link: string;
  title: MarkedText;
  subtitle: MarkedText | null;
  /** The part of the abstract, bio or description around the first match. */
  snippet: MarkedText | null;
  meta: string;
}

export interface SearchAnswer {
  query: string;
  terms: string[];
  total: { forums: number; speakers: number; sessions: number };
  paging: SearchPaging;
  /** This page's hits: forums, then speakers, then sessions, each kind best first. */
  hits: SearchAnswerHit[];
}

/** Why a query has no answer: nothing, nothing searchable, or too much was typed. */
export type RefusedQuery = Exclude<QueryStatus, "ok">;

const SNIPPET_LENGTH = 160;

/** The shown documents by shownKey: a Map, or anything that finds one by its key. */
export interface ShownLookup {
  get(key: string): ShownDocument | undefined;
}

export const shownKey = (kind: SearchDocumentKind, ref: string) => `${kind}\u0000${ref}`;

function marked(text: string, terms: readonly string[]): MarkedText {
  return { text, marks: findMatchRanges(text, terms) };
}

function showHit(document: ShownDocument, terms: readonly string[]): SearchAnswerHit {
  return {
    kind: document.kind,
    ref: document.ref,
    link: document.link,
    title: marked(document.title, terms),
    subtitle: document.subtitle ? marked(document.subtitle, terms) : null,
    snippet: document.body ? marked(excerpt(document.body, terms, SNIPPET_LENGTH), terms) : null,
    meta: document.meta,
  };
}

/**
 * Ranks `candidates` (documents that may match: the index's, in every language, or
 * the offline index's) and shows one page of them from `shown`, by kind and ref.
 * A hit missing from `shown` is left out of the page, never invented.
 */
export function answerSearch(
  candidates: readonly SearchDocument[],
  shown: ShownLookup,
  query: { query: string; terms: string[] },
  page: number,
  perPage = SEARCH_PAGE_SIZE,
): SearchAnswer {
  const ranked = pageOfHits(rankSearchDocuments(candidates, query.terms), page, perPage);
  const refs: Array<[SearchDocumentKind, string]> = [
    ...ranked.forums.map((h) => ["forum", h.slug] as [SearchDocumentKind, string]),
    ...ranked.speakers.map((h) => ["speaker", h.slug] as [SearchDocumentKind, string]),
    ...ranked.sessions.map((h) => ["session", h.guid] as [SearchDocumentKind, string]),
  ];
  const hits = refs.flatMap(([kind, ref]) => {
    const document = shown.get(shownKey(kind, ref));
    return document ? [showHit(document, query.terms)] : [];
  });
  return { query: query.query, terms: query.terms, total: ranked.total, paging: ranked.paging, hits };
}

/** The offline index: the shown documents of a release, as one compact JSON value. */
export interface SearchIndex {
  revision: string;
  /** Kind, ref, sort key, link, title, subtitle, body, meta of each document. */
  documents: Array<[SearchDocumentKind, string, string, string, string, string, string, string]>;
}

export function encodeSearchIndex(revision: string, documents: readonly ShownDocument[]): SearchIndex {
  return {
    revision,
    documents: documents.map((d) => [d.kind, d.ref, d.sortKey, d.link, d.title, d.subtitle, d.body, d.meta]),
  };
}

export function decodeSearchIndex(index: SearchIndex): ShownDocument[] {
  return index.documents.map(([kind, ref, sortKey, link, title, subtitle, body, meta]) => ({
    kind,
    ref,
    sortKey,
    link,
    title,
    subtitle,
    body,
    meta,
  }));
}

/**
 * Shown documents as the index holds them, to rank: a session is shown with its people,
 * but they are not part of its document (speakers are documents of their own).
 */
export function indexedDocuments(documents: readonly ShownDocument[]): SearchDocument[] {
  return documents.map((d) => (d.kind === "session" ? { ...d, subtitle: "" } : d));
}

/** Searches the offline index (its documents as indexedDocuments gives them): the same ranking and answer as the server's. */
export function searchShownDocuments(
  documents: readonly SearchDocument[],
  shown: ShownLookup,
  input: string,
  page: number,
): SearchAnswer | RefusedQuery {
  const normalized = normalizeSearchQuery(input);
  if (normalized.status !== "ok") return normalized.status;
  return answerSearch(documents, shown, normalized, page);
}

export function shownByKey(documents: readonly ShownDocument[]): Map<string, ShownDocument> {
  return new Map(documents.map((d) => [shownKey(d.kind, d.ref), d]));
}
