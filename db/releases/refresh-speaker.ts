import { eq, sql } from "drizzle-orm";
import type { Conn } from "../connection";
import { conferences, releases, speakers } from "../schema";
import { latestReleaseId } from "../queries/revision";
import { indexLatestRelease } from "../search/index-release";
import type { ReleaseSnapshot } from "@/lib/release/snapshot";

type SnapshotSpeaker = ReleaseSnapshot["speakers"][number];

// The words and pictures a speaker owns. Slug and organization link stay as published:
// URLs and the programme's structure change only with a release.
const profileFields = [
  "name",
  "position",
  "organization",
  "bio",
  "photo",
  "links",
  "translations",
] as const satisfies ReadonlyArray<keyof SnapshotSpeaker>;

/**
 * The latest release of the profile's own conference, when it shows the speaker.
 * Matched by guid: a release published before profiles were split per conference
 * may name the same person under another row's id.
 */
export function latestReleaseShowing(
  db: Conn,
  speakerId: number,
): { id: number; conferenceId: number; slug: string; published: boolean } | null {
  const row = db.get<{ id: number; conferenceId: number; slug: string; published: number } | undefined>(
    sql`
    select r.id as id, r.conference_id as conferenceId, c.slug as slug, c.published as published
    from ${speakers} s
    join ${conferences} c on c.id = s.conference_id
    join ${releases} r on r.id = ${latestReleaseId(sql`c.id`)}
    where s.id = ${speakerId}
      and exists (select 1 from json_each(r.snapshot, '$.speakers') where json_extract(value, '$.guid') = s.guid)`,
  );
  return row ? { ...row, published: Boolean(row.published) } : null;
}

/**
 * Carries a speaker's current profile into the latest release of its conference
 * when that release shows them, and reindexes it for search. Speakers have no
 * publish button: without this their own edits would wait for the organizers'
 * next release. Older releases keep what they showed. Call inside the transaction
 * that changed the profile; returns the slug of the conference whose public pages
 * changed, if any.
 */
export function refreshSpeakerInLatestReleases(db: Conn, speakerId: number, now: Date): string[] {
  const profile = db.select().from(speakers).where(eq(speakers.id, speakerId)).get();
  const release = profile ? latestReleaseShowing(db, speakerId) : null;
  if (!profile || !release) return [];
  const { snapshot } = db
    .select({ snapshot: releases.snapshot })
    .from(releases)
    .where(eq(releases.id, release.id))
    .get()!;
  const refreshed: ReleaseSnapshot = {
    ...snapshot,
    speakers: snapshot.speakers.map((s) => (s.guid === profile.guid ? { ...s, ...pickProfile(profile) } : s)),
  };
  db.update(releases).set({ snapshot: refreshed, speakersRevisedAt: now }).where(eq(releases.id, release.id)).run();
  indexLatestRelease(db, release.conferenceId);
  return [release.slug];
}

function pickProfile(profile: typeof speakers.$inferSelect): Pick<SnapshotSpeaker, (typeof profileFields)[number]> {
  return Object.fromEntries(profileFields.map((f) => [f, profile[f]])) as Pick<
    SnapshotSpeaker,
    (typeof profileFields)[number]
  >;
}
