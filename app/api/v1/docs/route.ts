import { renderDocsPage, docsPageSecurityPolicy } from "@/lib/api/docs-page";
import { cachedResponse, preflight } from "@/lib/api/http";
import { publicRequestUrl } from "@/lib/api/links";

// A route handler, not a page: pages live under app/[locale], whose layout draws the site around them.
export function GET(request: Request) {
  return cachedResponse(request, renderDocsPage(publicRequestUrl(request).origin), "text/html; charset=utf-8", {
    // Stricter than the site's policy, which next.config.ts leaves off this path (ownPolicyPaths in
    // lib/security/headers.ts): Next.js would drop a handler's header that next.config also sets.
    "Content-Security-Policy": docsPageSecurityPolicy,
  });
}

export const OPTIONS = preflight;
