import type { Db } from "../connection";
import { findLatestRelease } from "../queries/revision";
import { auditLog, releases, type Release } from "../schema";
import { diffReleases } from "@/lib/release/changelog";
import { indexLatestRelease } from "../search/index-release";
import { buildReleaseSnapshot } from "./build-snapshot";
import { enqueueReleasePublished } from "../webhooks/enqueue";

export interface PublishReleaseInput {
  conferenceId: number;
  version: string;
  userId: number | null;
  at?: Date;
}

/**
 * Snapshots the working programme as a new release, with its changelog
 * against the previous one, makes it the release public search covers, and
 * records it in the audit log. Callers check the right to publish; this only
 * does the write, atomically.
 */
export async function insertRelease(db: Db, input: PublishReleaseInput): Promise<Release> {
  return insertReleaseInTransaction(db, input);
}

/** The synchronous core, for callers already inside a better-sqlite3 transaction. */
export function insertReleaseInTransaction(db: Db, input: PublishReleaseInput): Release {
  return db.transaction((tx) => {
    const previous = findLatestRelease(tx, input.conferenceId);
    const snapshot = buildReleaseSnapshot(tx as unknown as Db, input.conferenceId);
    const changelog = diffReleases(previous?.snapshot ?? null, snapshot);
    const release = tx
      .insert(releases)
      .values({
        conferenceId: input.conferenceId,
        version: input.version,
        publishedAt: input.at ?? new Date(),
        publishedByUserId: input.userId,
        snapshot,
        changelog,
      })
      .returning()
      .get();
    tx.insert(auditLog)
      .values({
        userId: input.userId,
        conferenceId: input.conferenceId,
        action: "release.publish",
        entityType: "release",
        entityId: String(release.id),
        details: {
          version: input.version,
          added: changelog.added.length,
          changed: changelog.changed.length,
          removed: changelog.removed.length,
        },
      })
      .run();
    indexLatestRelease(tx as unknown as Db, input.conferenceId);
    enqueueReleasePublished(tx, release);
    return release;
  });
}
