import "server-only";
import { and, asc, desc, eq, exists } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "../index";
import { conferences, releases } from "../schema";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

export const conferencesTag = "conferences";
export const conferenceTag = (slug: string) => `conference:${slug}`;

export interface PublishedConferenceSummary {
  slug: string;
  name: string;
  theme: string;
  city: string;
  venue: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  translations: ReleaseSnapshot["conference"]["translations"];
}

/** Published conferences that have at least one release, those not yet over first (soonest first), then past ones (latest first). */
export async function listPublishedConferences(today: string): Promise<PublishedConferenceSummary[]> {
  "use cache";
  cacheLife("max");
  cacheTag(conferencesTag);
  const rows = getDb()
    .select({
      slug: conferences.slug,
      name: conferences.name,
      theme: conferences.theme,
      city: conferences.city,
      venue: conferences.venue,
      startDate: conferences.startDate,
      endDate: conferences.endDate,
      timeZone: conferences.timeZone,
      translations: conferences.translations,
    })
    .from(conferences)
    .where(
      and(
        eq(conferences.published, true),
        exists(getDb().select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferences.id))),
      ),
    )
    .orderBy(asc(conferences.startDate))
    .all();
  const upcoming = rows.filter((c) => c.endDate >= today);
  const past = rows.filter((c) => c.endDate < today).reverse();
  return [...upcoming, ...past];
}

export interface PublishedProgramme {
  version: string;
  publishedAt: Date;
  snapshot: ReleaseSnapshot;
}

/** The latest release of a published conference, or null when there is none to show. */
export async function getPublishedProgramme(slug: string): Promise<PublishedProgramme | null> {
  "use cache";
  cacheLife("max");
  cacheTag(conferenceTag(slug));
  const row = getDb()
    .select({ version: releases.version, publishedAt: releases.publishedAt, snapshot: releases.snapshot })
    .from(releases)
    .innerJoin(conferences, eq(conferences.id, releases.conferenceId))
    .where(and(eq(conferences.slug, slug), eq(conferences.published, true)))
    .orderBy(desc(releases.publishedAt), desc(releases.id))
    .limit(1)
    .get();
  return row ?? null;
}
