import { and, asc, desc, eq, exists } from "drizzle-orm";
import type { Conn } from "../connection";
import { conferences, releases } from "../schema";
import { latestReleaseId } from "./revision";
import type { PublishedRelease, ReleaseSnapshot } from "@/lib/release/snapshot";

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

/** The latest release of a published conference, as the public sees it. */
export interface PublishedProgramme {
  version: string;
  publishedAt: Date;
  /** When speakers' own edits last changed the snapshot, if ever. */
  speakersRevisedAt: Date | null;
  snapshot: ReleaseSnapshot;
}

/**
 * Conferences the public may see: published, with at least one release.
 * Those not over by `today` come first, soonest first; then past ones, latest first.
 */
export async function findPublishedConferences(db: Conn, today: string): Promise<PublishedConferenceSummary[]> {
  const rows = db
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
        exists(db.select({ id: releases.id }).from(releases).where(eq(releases.conferenceId, conferences.id))),
      ),
    )
    .orderBy(asc(conferences.startDate), asc(conferences.slug))
    .all();
  const upcoming = rows.filter((c) => c.endDate >= today);
  const past = rows.filter((c) => c.endDate < today).reverse();
  return [...upcoming, ...past];
}

/** The latest release of a published conference, or null when the public may see nothing. */
export function findPublishedProgramme(db: Conn, slug: string): PublishedProgramme | null {
  const row = db
    .select({
      version: releases.version,
      publishedAt: releases.publishedAt,
      speakersRevisedAt: releases.speakersRevisedAt,
      snapshot: releases.snapshot,
    })
    .from(conferences)
    .innerJoin(releases, eq(releases.id, latestReleaseId(conferences.id)))
    .where(and(eq(conferences.slug, slug), eq(conferences.published, true)))
    .get();
  return row ?? null;
}

export type { PublishedRelease };

/** Every release of a published conference, newest first; null when the public may see nothing. */
export async function findReleaseHistory(db: Conn, slug: string): Promise<PublishedRelease[] | null> {
  const rows = db
    .select({
      version: releases.version,
      publishedAt: releases.publishedAt,
      snapshot: releases.snapshot,
      changelog: releases.changelog,
    })
    .from(releases)
    .innerJoin(conferences, eq(conferences.id, releases.conferenceId))
    .where(and(eq(conferences.slug, slug), eq(conferences.published, true)))
    .orderBy(desc(releases.publishedAt), desc(releases.id))
    .all();
  return rows.length ? rows : null;
}

/** The snapshot of one release by id, or undefined when there is none. */
export function findReleaseSnapshot(db: Conn, releaseId: number): ReleaseSnapshot | undefined {
  return db.select({ snapshot: releases.snapshot }).from(releases).where(eq(releases.id, releaseId)).get()?.snapshot;
}
