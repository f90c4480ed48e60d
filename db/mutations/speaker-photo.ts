import { eq, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { recordAudit } from "../audit";
import { speakers, type Speaker } from "../schema";
import { fieldChanges } from "@/lib/audit/field-changes";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { deletePhotoFiles, isStoredPhotoUrl, storePhoto } from "@/lib/photos/photo-store";
import { PhotoError, processPhoto } from "@/lib/photos/process-photo";
import { invalidField, type Invalid } from "./form-fields";
import { enqueueSpeakerUpdated } from "../webhooks/enqueue";
import type { WriteResult } from "./write-result";

export interface PhotoWriteOptions {
  /** The uploads folder (uploadsDir()). */
  dir: string;
  now?: Date;
  /** Runs inside the transaction for each profile whose photo changed: for what must follow it (published snapshots). */
  afterWrite?: (t: Db, speakerId: number, now: Date) => void;
}

function assertOwnProfile(viewer: Viewer | null, speakerId: number): asserts viewer is Viewer {
  assertCan(viewer, { action: "speaker.editOwn", speakerId });
}

/**
 * Replaces the signed-in speaker's photo — on every profile their account keeps —
 * with an uploaded picture, re-encoded. A file that is not a usable picture is
 * refused beside the field and the old photo stays, rows and files.
 */
export async function setOwnPhoto(
  db: Db,
  viewer: Viewer | null,
  speakerId: number,
  bytes: Uint8Array,
  options: PhotoWriteOptions,
): Promise<WriteResult<Speaker> | Invalid> {
  assertOwnProfile(viewer, speakerId);
  if (!db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, speakerId)).get())
    return { ok: false, reason: "not-found" };
  let url: string;
  try {
    url = await storePhoto(options.dir, await processPhoto(bytes));
  } catch (error) {
    if (error instanceof PhotoError) return invalidField("photo", error.message);
    throw error;
  }
  return writePhoto(db, viewer, speakerId, url, options);
}

/** Takes the signed-in speaker's photo away (initials are shown instead). */
export async function removeOwnPhoto(
  db: Db,
  viewer: Viewer | null,
  speakerId: number,
  options: PhotoWriteOptions,
): Promise<WriteResult<Speaker>> {
  assertOwnProfile(viewer, speakerId);
  return writePhoto(db, viewer, speakerId, null, options);
}

async function writePhoto(
  db: Db,
  viewer: Viewer,
  speakerId: number,
  photo: string | null,
  options: PhotoWriteOptions,
): Promise<WriteResult<Speaker>> {
  const now = options.now ?? new Date();
  let result: { before: Speaker[]; after: Speaker } | null;
  try {
    result = db.transaction((tx) => {
      const t = tx as unknown as Db;
      const before = t
        .select()
        .from(speakers)
        .where(inArray(speakers.id, [...viewer.speakerIds]))
        .all();
      if (!before.some((p) => p.id === speakerId)) return null;
      let saved: Speaker | null = null;
      for (const profile of before) {
        const after = t
          .update(speakers)
          .set({ photo, updatedAt: now })
          .where(eq(speakers.id, profile.id))
          .returning()
          .get();
        recordAudit(t, {
          userId: viewer.userId,
          conferenceId: profile.conferenceId,
          action: "speaker.photo-own",
          entityType: "speaker",
          entityId: profile.id,
          changes: fieldChanges(profile, after, ["photo"]),
          details: { title: after.name },
        });
        options.afterWrite?.(t, profile.id, now);
        enqueueSpeakerUpdated(t, profile.id, now);
        if (profile.id === speakerId) saved = after;
      }
      return { before, after: saved! };
    });
  } catch (error) {
    await removeIfUnused(db, options.dir, photo);
    throw error;
  }
  if (!result) {
    await removeIfUnused(db, options.dir, photo);
    return { ok: false, reason: "not-found" };
  }
  for (const old of new Set(result.before.map((p) => p.photo)))
    if (old !== photo) await removeIfUnused(db, options.dir, old);
  return { ok: true, value: result.after };
}

// Files are named by content, so two speakers may share one; a file goes only when no
// profile shows it any more. Failing here only leaves litter behind, never a reason
// to report the write itself as failed (or to hide why it failed).
async function removeIfUnused(db: Db, dir: string, url: string | null): Promise<void> {
  if (!isStoredPhotoUrl(url)) return;
  try {
    if (db.select({ id: speakers.id }).from(speakers).where(eq(speakers.photo, url)).get()) return;
    await deletePhotoFiles(dir, url);
  } catch {
    // Left on disk: unused files cost space, a wrongly deleted one a broken picture.
  }
}
