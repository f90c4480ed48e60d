import { eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { conferences, releases, speakers } from "../schema";
import { indexLatestRelease } from "../search/index-release";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

type SnapshotSpeaker = ReleaseSnapshot["speakers"][number];

// The words and pictures a speaker owns. Slug and organization link stay as published:
// URLs and the programme's structure change only with a release.
const profileFields = ["name", "position", "organization", "bio", "photo", "links", "translations"] as const satisfies ReadonlyArray<keyof SnapshotSpeaker>;

/** The latest release of each conference whose programme shows the speaker. */
export function latestReleasesShowing(db: Db, speakerId: number): Array<{ id: number; conferenceId: number; slug: string; published: boolean }> {
  return db
    .all<{ id: number; conferenceId: number; slug: string; published: number }>(
      sql`
    select r.id as id, r.conference_id as conferenceId, c.slug as slug, c.published as published
    from ${releases} r join ${conferences} c on c.id = r.conference_id
    where r.id = (select r2.id from ${releases} r2 where r2.conference_id = r.conference_id order by r2.published_at desc, r2.id desc limit 1)
      and exists (select 1 from json_each(r.snapshot, '$.speakers') where json_extract(value, '$.id') = ${speakerId})`,
    )
    .map((r) => ({ ...r, published: Boolean(r.published) }));
}

/**
 * Carries a speaker's current profile into the latest release of every
 * conference whose programme shows them, and reindexes those releases for
 * search. Speakers have no publish button: without this their own edits would
 * wait for the organizers' next release. Older releases keep what they showed.
 * Call inside the transaction that changed the profile; returns the slugs of
 * the conferences whose public pages changed.
 */
export function refreshSpeakerInLatestReleases(db: Db, speakerId: number, now: Date): string[] {
  const profile = db.select().from(speakers).where(eq(speakers.id, speakerId)).get();
  if (!profile) return [];
  const latest = latestReleasesShowing(db, speakerId);
  for (const release of latest) {
    const { snapshot } = db.select({ snapshot: releases.snapshot }).from(releases).where(eq(releases.id, release.id)).get()!;
    const refreshed: ReleaseSnapshot = {
      ...snapshot,
      speakers: snapshot.speakers.map((s) => (s.id === speakerId ? { ...s, ...pickProfile(profile) } : s)),
    };
    db.update(releases).set({ snapshot: refreshed, speakersRevisedAt: now }).where(eq(releases.id, release.id)).run();
    indexLatestRelease(db, release.conferenceId);
  }
  return latest.map((r) => r.slug);
}

function pickProfile(profile: typeof speakers.$inferSelect): Pick<SnapshotSpeaker, (typeof profileFields)[number]> {
  return Object.fromEntries(profileFields.map((f) => [f, profile[f]])) as Pick<SnapshotSpeaker, (typeof profileFields)[number]>;
}
