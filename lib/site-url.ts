/** The public origin of this deployment, for absolute links in metadata, feeds and the sitemap. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed SITE_URL falls back to the local default rather than breaking every page.
    }
  }
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}

/**
 * The origin to put into links that leave the app (an invitation email, a
 * copied link): SITE_URL when configured, else the origin the request came
 * from (a server action's `Origin` header), else the local default.
 */
export function linkOrigin(requestHeaders: Pick<Headers, "get">): string {
  if (process.env.SITE_URL?.trim()) return siteUrl();
  const origin = requestHeaders.get("origin");
  if (origin) {
    try {
      const url = new URL(origin);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // Not an origin: fall through to the default.
    }
  }
  return siteUrl();
}
