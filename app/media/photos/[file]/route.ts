import { readPhotoFile, uploadsDir } from "@/lib/photos/photo-store";

// Uploaded speaker photos. Outside [locale] (and the proxy): a picture has no language.
// Names are content hashes, so a response never goes stale and may be cached for a year.

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** Whether an If-None-Match list (weak or strong tags, or *) names this tag. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const bytes = await readPhotoFile(uploadsDir(), file);
  if (!bytes) return notFound();
  const headers = {
    "Content-Type": "image/webp",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${file.slice(0, -".webp".length)}"`,
    "X-Content-Type-Options": "nosniff",
  };
  if (matches(request.headers.get("if-none-match"), headers.ETag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bytes), { headers });
}
