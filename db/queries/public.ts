import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "../index";
import { searchRelease } from "../search/search-release";
import type { SearchResult } from "@/lib/search/results";
import {
  findPublishedConferences,
  findPublishedProgramme,
  findReleaseHistory,
  type PublishedConferenceSummary,
  type PublishedProgramme,
  type PublishedRelease,
} from "./published";

export type { PublishedConferenceSummary, PublishedProgramme, PublishedRelease } from "./published";

// Public reads are cached until a write revalidates their tag: a cached page costs no query.
export const conferencesTag = "conferences";
export const conferenceTag = (slug: string) => `conference:${slug}`;

export async function listPublishedConferences(today: string): Promise<PublishedConferenceSummary[]> {
  "use cache";
  cacheLife("max");
  cacheTag(conferencesTag);
  return findPublishedConferences(getDb(), today);
}

export async function getPublishedProgramme(slug: string): Promise<PublishedProgramme | null> {
  "use cache";
  cacheLife("max");
  cacheTag(conferenceTag(slug));
  return findPublishedProgramme(getDb(), slug);
}

/** Search over a conference's latest release; cached per query until the conference changes. */
export async function searchPublishedProgramme(slug: string, query: string): Promise<SearchResult> {
  "use cache";
  // Queries are open-ended: keep them for hours, not forever, so odd ones age out of the cache.
  cacheLife("hours");
  cacheTag(conferenceTag(slug));
  return searchRelease(getDb(), slug, query);
}

export async function getReleaseHistory(slug: string): Promise<PublishedRelease[] | null> {
  "use cache";
  cacheLife("max");
  cacheTag(conferenceTag(slug));
  return findReleaseHistory(getDb(), slug);
}
