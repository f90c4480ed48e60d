import { siteUrl } from "@/lib/site-url";

/** Where the API's resources live, as absolute addresses on the public origin. */
export const apiBase = "/api/v1";

export function conferenceUrl(origin: string, conference: string): string {
  return `${origin}${apiBase}/conferences/${encodeURIComponent(conference)}`;
}

/** An address under a conference with query parameters, e.g. its sessions of one forum. */
export function conferenceResourceUrl(
  origin: string,
  conference: string,
  resource: string,
  query: Record<string, string> = {},
): string {
  const url = new URL(`${conferenceUrl(origin, conference)}/${resource}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The request's address on the public origin (SITE_URL, else the local default),
 * never the Host it named: a forged Host must not reach publicly cached bodies.
 */
export function publicRequestUrl(request: Request): URL {
  const url = new URL(request.url);
  return new URL(`${url.pathname}${url.search}`, siteUrl());
}
