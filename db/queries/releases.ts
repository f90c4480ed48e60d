import { desc, eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { buildReleaseSnapshot } from "../releases/build-snapshot";
import { conferences, releases } from "../schema";
import { latestReleaseId } from "./revision";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { diffReleases } from "@/lib/release/changelog";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";

export interface ReleasePreview {
  conference: { id: number; slug: string };
  previous: { version: string; publishedAt: Date; snapshot: ReleaseSnapshot } | null;
  next: ReleaseSnapshot;
  changelog: ReleaseChangelog;
  /** Names the conference's releases already have, which a new one may not take. */
  versions: string[];
}

/** What publishing now would change, against the last release. Organizers only. */
export function previewRelease(db: Conn, viewer: Viewer | null, conferenceId: number): ReleasePreview | null {
  assertCan(viewer, { action: "conference.manage", conferenceId });
  const conference = db
    .select({ id: conferences.id, slug: conferences.slug })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .get();
  if (!conference) return null;
  const previous =
    db
      .select({ version: releases.version, publishedAt: releases.publishedAt, snapshot: releases.snapshot })
      .from(releases)
      .where(eq(releases.id, latestReleaseId(conferenceId)))
      .get() ?? null;
  const next = buildReleaseSnapshot(db, conferenceId);
  const versions = db
    .select({ version: releases.version })
    .from(releases)
    .where(eq(releases.conferenceId, conferenceId))
    .orderBy(desc(releases.publishedAt))
    .all()
    .map((r) => r.version);
  return { conference, previous, next, changelog: diffReleases(previous?.snapshot ?? null, next), versions };
}
