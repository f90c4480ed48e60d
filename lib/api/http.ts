import { createHash } from "node:crypto";
import { z } from "zod";
import { matchesETag } from "@/lib/calendar/http";
import type { ApiError } from "./schemas";

// Published data changes only with a release or a speaker's edit; a minute of
// staleness is fine, and a client revalidating with If-None-Match costs no body.
export const cacheControl = "public, max-age=60, stale-while-revalidate=300";
export const allowedMethods = "GET, HEAD, OPTIONS";

// ETag is not a CORS-safelisted response header: expose it, or browsers hide it from scripts.
const corsHeaders = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" };

/** A strong ETag naming the exact bytes of a body. */
export function bodyETag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** A body sent as it is, with caching and CORS headers, or 304 when the client holds these bytes. */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = bodyETag(body);
  const headers = new Headers({ ...corsHeaders, "Cache-Control": cacheControl, ETag: etag, ...extraHeaders });
  if (matchesETag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(body, { status: 200, headers });
}

/**
 * The JSON of a response after checking it against its schema. A mismatch is a
 * bug on our side: it is logged and the client gets a plain 500, never half-valid data.
 */
export function apiResponse<S extends z.ZodType>(request: Request, schema: S, body: z.input<S>): Response {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(
      `API response for ${new URL(request.url).pathname} does not match its schema:\n${z.prettifyError(parsed.error)}`,
    );
    return apiError(500, "internal_error", "The server could not build this response.");
  }
  return cachedResponse(request, JSON.stringify(parsed.data), "application/json; charset=utf-8");
}

export function apiError(
  status: number,
  code: ApiError["error"]["code"],
  message: string,
  parameter?: string,
): Response {
  const body: ApiError = { error: parameter === undefined ? { code, message } : { code, message, parameter } };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...corsHeaders,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function invalidParameter(refused: { parameter: string; message: string }): Response {
  return apiError(400, "invalid_parameter", refused.message, refused.parameter);
}

export function notFound(what: string): Response {
  return apiError(404, "not_found", `${what} not found.`);
}

/** The CORS preflight: any origin may read with GET and HEAD, and revalidate with If-None-Match. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      Allow: allowedMethods,
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": allowedMethods,
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
