import { readPhotoFile, uploadsDir } from "@/lib/photos/photo-store";
import { conditionalResponse } from "@/lib/serving/etag";

// Uploaded speaker photos. Outside [locale] (and the proxy): a picture has no language.
// Names are content hashes, so a response never goes stale and may be cached for a year.

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const bytes = await readPhotoFile(uploadsDir(), file);
  if (!bytes) return notFound();
  return conditionalResponse(request, {
    // The name is the hash of the bytes: it is their strong tag as it stands.
    etag: `"${file.slice(0, -".webp".length)}"`,
    headers: { "Cache-Control": "public, max-age=31536000, immutable" },
    bodyHeaders: { "Content-Type": "image/webp" },
    body: () => new Uint8Array(bytes),
  });
}
