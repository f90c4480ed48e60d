import type { BrowserContext } from "playwright-core";

/**
 * Answers Next.js's link prefetches with nothing (204), for tests that read pages rather than
 * follow their links: each visible link is otherwise a server render that nothing reads, a dozen
 * a page, and they keep the network from going idle. A click still fetches what it opens.
 */
export async function skipPrefetches(context: BrowserContext): Promise<void> {
  await context.route(/[?&]_rsc=/, (route, request) =>
    request.headers()["next-router-prefetch"] ? route.fulfill({ status: 204 }) : route.fallback(),
  );
}
