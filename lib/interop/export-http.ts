import { conditionalResponse } from "@/lib/serving/etag";

/**
 * An export's bytes with caching headers, or 304 when the client holds them.
 * Schedule apps poll these files; `max-age` keeps that cheap, the ETag exact.
 */
export function exportResponse(
  request: Request,
  { etag, contentType, body, download }: { etag: string; contentType: string; body: () => string; download?: string },
): Response {
  const bodyHeaders: Record<string, string> = { "Content-Type": contentType };
  if (download)
    bodyHeaders["Content-Disposition"] = `attachment; filename="${download.replace(/[^A-Za-z0-9._-]+/g, "-")}"`;
  return conditionalResponse(request, {
    etag,
    headers: {
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
      "Access-Control-Allow-Origin": "*",
    },
    bodyHeaders,
    body,
  });
}

export function exportNotFound(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
