import { createHash } from "node:crypto";

// The one place that makes ETags and answers If-None-Match, for every route: pages
// from the store, exports, calendars, the API and photos. Tags are always strong;
// If-None-Match is compared weakly, as RFC 9110 §13.1.2 asks for GET and HEAD.

const hashed = (data: string | Uint8Array) => `"${createHash("sha256").update(data).digest("base64url").slice(0, 27)}"`;

/**
 * A strong ETag for everything a response depends on (a revision, a format version,
 * a language, the public origin…): the same parts always give the same tag, and the
 * body need not be built to answer a revalidation.
 */
export function etagOf(parts: readonly (string | number)[]): string {
  return hashed(JSON.stringify(parts));
}

/** A strong ETag naming exact bytes, for responses that depend on more than a revision says (a build's HTML). */
export function etagOfBytes(body: string | Uint8Array): string {
  return hashed(body);
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison: W/ is ignored on
 * either side) or is `*`. Tags are read as quoted strings, so a comma inside one
 * does not split it; an unquoted word names nothing.
 */
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const wanted = etag.replace(/^W\//, "");
  for (const [, opaque] of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (opaque === wanted) return true;
  return false;
}

interface Conditional {
  etag: string;
  /** Sent with 200 and 304 alike, as RFC 9110 §15.4.5 asks: Cache-Control, Vary, CORS… */
  headers: HeadersInit;
  /** Sent with the body only: Content-Type, Content-Disposition… */
  bodyHeaders?: HeadersInit;
  /** Builds the body; not called when the client's copy is current. */
  body: () => BodyInit;
}

/** A GET's answer: 304 without a body when If-None-Match names the tag, else 200 with the body. */
export function conditionalResponse(request: Request, { etag, headers, bodyHeaders, body }: Conditional): Response {
  const all = new Headers(headers);
  all.set("ETag", etag);
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  for (const [name, value] of new Headers(bodyHeaders)) all.set(name, value);
  all.set("X-Content-Type-Options", "nosniff");
  return new Response(body(), { status: 200, headers: all });
}
