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
