import { z } from "zod";
import { conditionalResponse, etagOf, etagOfBytes, ifNoneMatch } from "@/lib/serving/etag";
import { publicRequestUrl } from "./links";
import type { ApiError } from "./schemas";

// Published data changes only with a release or a speaker's edit; a minute of
// staleness is fine, and a client revalidating with If-None-Match costs no body.
export const cacheControl = "public, max-age=60, stale-while-revalidate=300";
export const allowedMethods = "GET, HEAD, OPTIONS";
/** Part of every data answer's ETag: bump it when what the API answers for the same data changes. */
export const apiFormatVersion = "api-1";

// ETag is not a CORS-safelisted response header: expose it, or browsers hide it from scripts.
const corsHeaders = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" };
const json = "application/json; charset=utf-8";

function cached(request: Request, etag: string, contentType: string, body: () => string, extra = {}): Response {
  return conditionalResponse(request, {
    etag,
    headers: { ...corsHeaders, "Cache-Control": cacheControl, ...extra },
    bodyHeaders: { "Content-Type": contentType },
    body,
  });
}

/** A body that depends on no revision (the docs, the OpenAPI document), tagged by its bytes; 304 when the client holds them. */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  return cached(request, etagOfBytes(body), contentType, () => body, extraHeaders);
}

/**
 * The JSON of an answer read at `revision` (db/queries/revision.ts), checked against
 * its schema. Its ETag is made of the revision and the request's public URL, so a
 * client revalidating gets 304 before anything is built. A mismatch with the schema
 * is a bug on our side: it is logged and the client gets a plain 500, never half-valid data.
 */
export function apiResponse<S extends z.ZodType>(
  request: Request,
  schema: S,
  revision: string,
  build: () => z.input<S>,
): Response {
  const etag = etagOf([revision, apiFormatVersion, publicRequestUrl(request).href]);
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return cached(request, etag, json, () => "");
  const parsed = schema.safeParse(build());
  if (!parsed.success) {
    console.error(
      `API response for ${new URL(request.url).pathname} does not match its schema:\n${z.prettifyError(parsed.error)}`,
    );
    return apiError(500, "internal_error", "The server could not build this response.");
  }
  const body = JSON.stringify(parsed.data);
  return cached(request, etag, json, () => body);
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
      "Content-Type": json,
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
