import { createHash } from "node:crypto";
import { matchesETag } from "@/lib/calendar/http";

/** A strong ETag for everything the bytes depend on. */
export function exportETag(parts: readonly string[]): string {
  return `"${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 27)}"`;
}

/**
 * An export's bytes with caching headers, or 304 when the client holds them.
 * Schedule apps poll these files; `max-age` keeps that cheap, the ETag exact.
 */
export function exportResponse(
  request: Request,
  { etag, contentType, body, download }: { etag: string; contentType: string; body: () => string; download?: string },
): Response {
  const headers = new Headers({
    "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
  });
  if (matchesETag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  headers.set("X-Content-Type-Options", "nosniff");
  if (download)
    headers.set("Content-Disposition", `attachment; filename="${download.replace(/[^A-Za-z0-9._-]+/g, "-")}"`);
  return new Response(body(), { status: 200, headers });
}

export function exportNotFound(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
