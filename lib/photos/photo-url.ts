// Pure: pages (server or client) use these without loading the file store.

const STORED_URL = /^\/media\/photos\/([0-9a-f]{64})\.webp$/;

/** Whether a speaker's photo is one of ours (else an outside https address an organizer typed). */
export function isStoredPhotoUrl(url: string | null | undefined): url is string {
  return typeof url === "string" && STORED_URL.test(url);
}

/** The content hash that names an uploaded photo's files, or undefined for any other address. */
export function storedPhotoHash(url: string | null | undefined): string | undefined {
  return typeof url === "string" ? url.match(STORED_URL)?.[1] : undefined;
}

/** The small picture for lists: the thumbnail of an uploaded photo, any other address as it is. */
export function photoThumbnailUrl(photo: string | null): string | null {
  return isStoredPhotoUrl(photo) ? photo.replace(/\.webp$/, "-thumb.webp") : photo;
}
