import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Conn, Tx } from "../connection";
import { speakers, type Speaker } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertOwnProfile } from "@/lib/auth/speaker-permissions";
import { deletePhotoFiles, isStoredPhotoUrl, storePhoto } from "@/lib/photos/photo-store";
import { PhotoError, processPhoto } from "@/lib/photos/process-photo";
import { refuse, write, type Result, type WriteContext } from "./pipeline";
import { enqueueSpeakerUpdated } from "../webhooks/enqueue";
import { ownProfiles } from "./own-profile";

export interface PhotoWriteOptions {
  /** The uploads folder (uploadsDir()). */
  dir: string;
  /** Runs inside the transaction for each profile whose photo changed: for what must follow it (published snapshots). */
  afterWrite?: (tx: Tx, speakerId: number, now: Date) => void;
}

/**
 * Replaces the signed-in speaker's photo — on every profile their account keeps — with an
 * uploaded picture, re-encoded. A file that is not a usable picture is refused beside the
 * field and the old photo stays, rows and files.
 *
 * The right is checked before the file is even decoded, and the picture is made and stored
 * (async, which a transaction is not) before write() records it on the profiles.
 */
export async function setOwnPhoto(
  ctx: WriteContext,
  speakerId: number,
  bytes: Uint8Array,
  options: PhotoWriteOptions,
): Promise<Result<Speaker>> {
  assertOwnProfile(ctx.viewer, speakerId);
  if (!ctx.db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, speakerId)).get())
    return refuse.notFound();
  let url: string;
  try {
    url = await storePhoto(options.dir, await processPhoto(bytes));
  } catch (error) {
    if (error instanceof PhotoError) return refuse.field("photo", error.problem.code, error.problem.values);
    throw error;
  }
  return writePhoto(ctx, speakerId, url, options);
}

/** Takes the signed-in speaker's photo away (initials are shown instead). */
export function removeOwnPhoto(
  ctx: WriteContext,
  speakerId: number,
  options: PhotoWriteOptions,
): Promise<Result<Speaker>> {
  return writePhoto(ctx, speakerId, null, options);
}

async function writePhoto(
  ctx: WriteContext,
  speakerId: number,
  photo: string | null,
  options: PhotoWriteOptions,
): Promise<Result<Speaker>> {
  let result: Result<{ before: Speaker[]; after: Speaker }>;
  try {
    result = write(ctx, {
      authorize: ({ viewer }) => {
        assertOwnProfile(viewer, speakerId);
        return { viewer };
      },
      schema: z.unknown(),
      input: null,
      run: (tx, _input, { viewer }, now) => {
        const before = ownProfiles(tx, viewer, speakerId);
        if (!before) return refuse.notFound();
        const after = before.map((profile) => {
          const saved = tx
            .update(speakers)
            .set({ photo, updatedAt: now })
            .where(eq(speakers.id, profile.id))
            .returning()
            .get();
          options.afterWrite?.(tx, profile.id, now);
          enqueueSpeakerUpdated(tx, profile.id, now);
          return saved;
        });
        return {
          value: { before, after: after.find((p) => p.id === speakerId)! },
          audit: before.map((profile, i) => ({
            conferenceId: profile.conferenceId,
            action: "speaker.photo-own" as const,
            entityType: "speaker" as const,
            entityId: profile.id,
            changes: fieldChanges(profile, after[i]!, ["photo"]),
            details: { title: after[i]!.name },
          })),
        };
      },
    });
  } catch (error) {
    await removeIfUnused(ctx.db, options.dir, photo);
    throw error;
  }
  if (!result.ok) {
    await removeIfUnused(ctx.db, options.dir, photo);
    return result;
  }
  for (const old of new Set(result.value.before.map((p) => p.photo)))
    if (old !== photo) await removeIfUnused(ctx.db, options.dir, old);
  return { ok: true, value: result.value.after };
}

// Files are named by content, so two speakers may share one; a file goes only when no
// profile shows it any more. Failing here only leaves litter behind, never a reason
// to report the write itself as failed (or to hide why it failed).
async function removeIfUnused(db: Conn, dir: string, url: string | null): Promise<void> {
  if (!isStoredPhotoUrl(url)) return;
  try {
    if (db.select({ id: speakers.id }).from(speakers).where(eq(speakers.photo, url)).get()) return;
    await deletePhotoFiles(dir, url);
  } catch {
    // Left on disk: unused files cost space, a wrongly deleted one a broken picture.
  }
}
