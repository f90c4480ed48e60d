// What an upload must be before any decoder sees it. Pure, so forms and tests can
// use it without sharp. The type comes from the bytes: a name or a browser's
// declared type is whatever the sender chose.

import { problem, type Problem } from "@/lib/errors/problem";

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoType = "jpeg" | "png" | "webp";

export type PhotoCheck = { ok: true; type: PhotoType } | { ok: false; problem: Problem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The picture format the bytes announce by their magic numbers, or null for anything else. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "png";
  // RIFF container: 4 bytes of size between the two tags.
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  return null;
}

/** Whether an upload may go on to be decoded, with the problem to tell the person when not. */
export function checkPhotoUpload(bytes: Uint8Array): PhotoCheck {
  if (bytes.length === 0) return { ok: false, problem: problem("chooseFile") };
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, problem: tooLarge(bytes.length) };
  const type = sniffPhotoType(bytes);
  if (!type) return { ok: false, problem: problem("notAPicture") };
  return { ok: true, type };
}

/** A file over the limit, its size in megabytes rounded up, so one just over does not read as "5.0 MB". */
export const tooLarge = (size: number): Problem =>
  problem("fileTooLarge", {
    size: (Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1),
    max: MAX_PHOTO_BYTES / (1024 * 1024),
  });
