import type { Conn, Db } from "../connection";
import { recordAudit, type AuditEntry } from "../audit";
import { findLatestRelease } from "../queries/revision";
import { releases, type Release } from "../schema";
import { diffReleases } from "@/lib/release/changelog";
import { indexLatestRelease } from "../search/index-release";
import { buildReleaseSnapshot } from "./build-snapshot";
import { enqueueReleasePublished } from "../webhooks/enqueue";
import { composeOutbox } from "../outbox/compose";

export interface PublishReleaseInput {
  conferenceId: number;
  version: string;
  userId: number | null;
  at?: Date;
}

/**
 * Snapshots the working programme as a new release, with its changelog against the
 * previous one, and makes it the release public search covers, in the caller's
 * transaction; hands back the audit entry that says so. Callers check the right to publish.
 */
export function writeRelease(
  tx: Conn,
  input: PublishReleaseInput & { at: Date },
): { value: Release; audit: AuditEntry } {
  const previous = findLatestRelease(tx, input.conferenceId);
  const snapshot = buildReleaseSnapshot(tx, input.conferenceId);
  const changelog = diffReleases(previous?.snapshot ?? null, snapshot);
  const release = tx
    .insert(releases)
    .values({
      conferenceId: input.conferenceId,
      version: input.version,
      publishedAt: input.at,
      publishedByUserId: input.userId,
      snapshot,
      changelog,
    })
    .returning()
    .get();
  indexLatestRelease(tx, input.conferenceId);
  enqueueReleasePublished(tx, release);
  // Every path to a release comes through here, so every release tells its speakers.
  composeOutbox(tx, release, previous?.snapshot ?? null);
  return {
    value: release,
    audit: {
      conferenceId: input.conferenceId,
      action: "release.publish",
      entityType: "release",
      entityId: release.id,
      details: {
        version: input.version,
        added: changelog.added.length,
        changed: changelog.changed.length,
        removed: changelog.removed.length,
      },
    },
  };
}

/**
 * A release written outside a viewer's write (the command line, the seed, imports, the
 * bench, tests): the release and its audit entry in one transaction, a savepoint when the
 * caller is already inside one.
 */
export function insertReleaseInTransaction(db: Conn, input: PublishReleaseInput): Release {
  return db.transaction(
    (tx) => {
      const { value, audit } = writeRelease(tx, { ...input, at: input.at ?? new Date() });
      recordAudit(tx, { ...audit, userId: input.userId });
      return value;
    },
    { behavior: "immediate" },
  );
}

export async function insertRelease(db: Db, input: PublishReleaseInput): Promise<Release> {
  return insertReleaseInTransaction(db, input);
}
