import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { databasePath, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "@/lib/data-files";
import { storedPhotoHash } from "./photo-url";
import type { ProcessedPhoto } from "./process-photo";

// Uploaded photos live on disk, named by the SHA-256 of the avatar, and are served
// by app/media/photos/[file]/route.ts. A name is its content, so a URL never
// changes meaning and browsers may cache it for good.

const PUBLIC_PREFIX = "/media/photos/";
const FILE_NAME = /^[0-9a-f]{64}(-thumb)?\.webp$/;

/** UPLOADS_DIR when set, else an `uploads` folder beside the database file (so one backup of the data folder holds both). */
export function uploadsDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.UPLOADS_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(path.dirname(databasePath(env)), "uploads");
}

export { isStoredPhotoUrl, photoThumbnailUrl } from "./photo-url";

const filesOf = (dir: string, hash: string) => ({
  avatar: path.join(dir, "photos", `${hash}.webp`),
  thumbnail: path.join(dir, "photos", `${hash}-thumb.webp`),
});

// Written beside the target and renamed over it, so a reader never sees half a file.
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { mode: PRIVATE_FILE_MODE });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Writes both pictures and returns the avatar's public URL. The thumbnail goes first: an avatar on disk implies its thumbnail. */
export async function storePhoto(dir: string, processed: ProcessedPhoto): Promise<string> {
  const files = filesOf(dir, processed.hash);
  // Owner-only where this creates the folders; a folder the operator made keeps its mode.
  await fs.mkdir(path.dirname(files.avatar), { recursive: true, mode: PRIVATE_DIR_MODE });
  await writeAtomically(files.thumbnail, processed.thumbnail);
  await writeAtomically(files.avatar, processed.avatar);
  return `${PUBLIC_PREFIX}${processed.hash}.webp`;
}

/** Removes an uploaded photo's two files; other addresses and files already gone are left be. */
export async function deletePhotoFiles(dir: string, url: string | null): Promise<void> {
  const hash = storedPhotoHash(url);
  if (!hash) return;
  const files = filesOf(dir, hash);
  await Promise.all([fs.rm(files.avatar, { force: true }), fs.rm(files.thumbnail, { force: true })]);
}

/** A stored picture by its file name, or null. Only names we write are accepted, so no path can reach outside the folder. */
export async function readPhotoFile(dir: string, name: string): Promise<Buffer | null> {
  if (!FILE_NAME.test(name)) return null;
  try {
    return await fs.readFile(path.join(dir, "photos", name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
