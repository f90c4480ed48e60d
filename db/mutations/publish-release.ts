import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { conferences, releases, type Release } from "../schema";
import type { WriteResult } from "./write-result";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { diffReleases } from "@/lib/release/changelog";
import type { ReleaseChangelog, ReleaseSnapshot } from "@/lib/release/snapshot";
import { latestReleaseId } from "../queries/revision";
import { buildReleaseSnapshot } from "../releases/build-snapshot";
import { insertReleaseInTransaction } from "../releases/publish";

export const releaseVersionSchema = z
  .string()
  .trim()
  .min(1, "Name the version, e.g. v2")
  .max(40, "At most 40 characters");

export interface ReleasePreview {
  conference: { id: number; slug: string };
  previous: { version: string; publishedAt: Date; snapshot: ReleaseSnapshot } | null;
  next: ReleaseSnapshot;
  changelog: ReleaseChangelog;
}

/** What publishing now would change, against the last release. Organizers only. */
export function previewRelease(db: Db, viewer: Viewer | null, conferenceId: number): ReleasePreview | null {
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
  return { conference, previous, next, changelog: diffReleases(previous?.snapshot ?? null, next) };
}

/**
 * Publishes the working programme as a new release. Organizers only; the
 * caller revalidates the public pages' cache tags afterwards.
 */
export function publishRelease(
  db: Db,
  viewer: Viewer | null,
  input: { conferenceId: number; version: string },
): WriteResult<Release> {
  assertCan(viewer, { action: "conference.manage", conferenceId: input.conferenceId });
  const version = releaseVersionSchema.safeParse(input.version);
  if (!version.success)
    return { ok: false, reason: "invalid", message: version.error.issues[0]!.message, field: "version" };
  const exists = db
    .select({ id: releases.id })
    .from(releases)
    .where(and(eq(releases.conferenceId, input.conferenceId), eq(releases.version, version.data)))
    .get();
  if (exists)
    return {
      ok: false,
      reason: "invalid",
      message: `A release named ${version.data} already exists; choose another name.`,
      field: "version",
    };
  if (!db.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, input.conferenceId)).get())
    return { ok: false, reason: "not-found" };
  return {
    ok: true,
    value: insertReleaseInTransaction(db, {
      conferenceId: input.conferenceId,
      version: version.data,
      userId: viewer.userId,
    }),
  };
}
