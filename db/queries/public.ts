import "server-only";
import { cacheLife } from "next/cache";
import { getDb } from "../index";
import { searchRelease } from "../search/search-release";
import type { SearchResult } from "@/lib/search/results";
import { handedRevision } from "@/lib/serving/revision-header";
import {
  findPublishedConferences,
  findPublishedProgramme,
  findReleaseHistory,
  type PublishedConferenceSummary,
  type PublishedProgramme,
  type PublishedRelease,
} from "./published";
import { findPublishedRevisions, findRevision, siteRevision } from "./revision";

export type { PublishedConferenceSummary, PublishedProgramme, PublishedRelease } from "./published";

// Public reads are cached under the conference's revision (db/queries/revision.ts), passed
// in as an argument and so part of the key: a new release, a speaker's own edit or a
// settings change gives a new revision, and the old entries are simply never asked for
// again (Next.js's LRU lets them go). Nothing is invalidated, in this process or another.

/** A conference at one revision: what every public cache entry is keyed by. */
export interface ConferenceAt {
  conference: string;
  revision: string;
}

/** A conference's latest release and the revision it was read under (what ETags are made of). */
export interface PublicProgramme extends PublishedProgramme {
  revision: string;
}

type RequestHeaders = { get(name: string): string | null };

/**
 * The revision of a conference for this request: as the proxy read it and handed it on
 * (so a render costs no second query), else read now. Null when the public sees nothing.
 */
export function currentRevision(conference: string, requestHeaders?: RequestHeaders): ConferenceAt | null {
  const revision = handedRevision(requestHeaders, conference) ?? findRevision(getDb(), conference);
  return revision === null ? null : { conference, revision };
}

/** The latest release of a published conference as of this request, from the cache under its revision. */
export async function readPublishedProgramme(
  conference: string,
  requestHeaders?: RequestHeaders,
): Promise<PublicProgramme | null> {
  const at = currentRevision(conference, requestHeaders);
  return at && getPublishedProgramme(at);
}

export async function getPublishedProgramme(at: ConferenceAt): Promise<PublicProgramme | null> {
  "use cache";
  cacheLife("max");
  // Read after the revision, so the bytes are never older than the key they are kept under.
  const release = findPublishedProgramme(getDb(), at.conference);
  return release && { ...release, revision: at.revision };
}

/** One page of a search over a conference's latest release, cached per query and page under its revision. */
export async function searchPublishedProgramme(at: ConferenceAt, query: string, page = 1): Promise<SearchResult> {
  "use cache";
  // Queries are open-ended: keep them for hours, not forever, so odd ones age out of the cache.
  cacheLife("hours");
  return searchRelease(getDb(), at.conference, query, { page });
}

export async function getReleaseHistory(at: ConferenceAt): Promise<PublishedRelease[] | null> {
  "use cache";
  cacheLife("max");
  return findReleaseHistory(getDb(), at.conference);
}

/** The revision of every conference the public sees, by slug (one query), for lists of conferences. */
export function publishedRevisions(): Map<string, string> {
  return findPublishedRevisions(getDb());
}

/** Published conferences, soonest first, cached under the revisions of them all and the day. */
export async function listPublishedConferences(
  revisions: ReadonlyMap<string, string>,
  today: string,
): Promise<PublishedConferenceSummary[]> {
  return cachedConferenceList({ site: siteRevision(revisions), today });
}

async function cachedConferenceList(at: { site: string; today: string }): Promise<PublishedConferenceSummary[]> {
  "use cache";
  cacheLife("max");
  return findPublishedConferences(getDb(), at.today);
}
