// What an upload must be before any decoder sees it. Pure, so forms and tests can
// use it without sharp. The type comes from the bytes: a name or a browser's
// declared type is whatever the sender chose.

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoType = "jpeg" | "png" | "webp";

export type PhotoCheck = { ok: true; type: PhotoType } | { ok: false; message: string };

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

/** Whether an upload may go on to be decoded, with a message for the person when not. */
export function checkPhotoUpload(bytes: Uint8Array): PhotoCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty. Choose a JPEG, PNG or WebP picture." };
  if (bytes.length > MAX_PHOTO_BYTES) {
    // Rounded up, so a file just over the limit does not read as "5.0 MB".
    const mb = (Math.ceil((bytes.length / (1024 * 1024)) * 10) / 10).toFixed(1);
    return { ok: false, message: `The file is ${mb} MB; a photo may be at most 5 MB.` };
  }
  const type = sniffPhotoType(bytes);
  if (!type)
    return {
      ok: false,
      message:
        "The file is not a JPEG, PNG or WebP picture, whatever its name or type says. Choose a photo in one of those formats.",
    };
  return { ok: true, type };
}
