import { createHash } from "node:crypto";
import sharp from "sharp";
import { problem, type Problem } from "@/lib/errors/problem";
import { checkPhotoUpload } from "./photo-type";

// Every upload is decoded and written anew, never stored as sent: what leaves the
// server is a WebP we made, with no metadata (camera, GPS) and no payload hidden
// in the original file.

export const AVATAR_SIZE = 400;
export const THUMBNAIL_SIZE = 96;
/** Far above any camera photo; a small file may still claim huge dimensions to exhaust memory when decoded. */
export const MAX_PHOTO_PIXELS = 40_000_000;

export interface ProcessedPhoto {
  avatar: Buffer;
  thumbnail: Buffer;
  /** SHA-256 of the avatar, hex: the stored files are named by their content. */
  hash: string;
}

/** A picture refused for a reason the person can act on: `problem` says it in their language. */
export class PhotoError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = "PhotoError";
  }
}

const UNREADABLE = problem("pictureUnreadable");

/**
 * Checks, decodes and re-encodes an uploaded photo as a square avatar and a
 * thumbnail. Throws PhotoError for anything a person sent wrong; sharp's own
 * messages never reach them.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  const check = checkPhotoUpload(bytes);
  if (!check.ok) throw new PhotoError(check.problem);
  // The header alone (no decoding), to name the real format and refuse bombs with their size.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new PhotoError(UNREADABLE);
    });
  if (meta.format !== check.type || !meta.width || !meta.height) throw new PhotoError(UNREADABLE);
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) {
    throw new PhotoError(
      problem("pictureTooLarge", { width: meta.width, height: meta.height, max: MAX_PHOTO_PIXELS / 1_000_000 }),
    );
  }

  try {
    // failOn "error" refuses truncated and corrupt data; "warning" would also refuse the
    // many harmless quirks of real camera JPEGs. autoOrient applies the EXIF rotation.
    // One crop, kept raw, so the thumbnail shows exactly what the avatar shows.
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error", autoOrient: true })
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const square = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    // No withMetadata()/keepExif(): sharp writes no metadata unless asked, and must not here.
    const [avatar, thumbnail] = await Promise.all([
      square().webp({ quality: 82 }).toBuffer(),
      square().resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE).webp({ quality: 82 }).toBuffer(),
    ]);
    return { avatar, thumbnail, hash: createHash("sha256").update(avatar).digest("hex") };
  } catch {
    throw new PhotoError(UNREADABLE);
  }
}
