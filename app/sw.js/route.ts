import { createSerwistRoute } from "@serwist/turbopack";

// The service worker, bundled by Serwist's Turbopack integration (esbuild) from
// lib/offline/service-worker.ts. Served at the root so that its scope is the whole site
// without a Service-Worker-Allowed header; the worker decides what it keeps.
const serwist = createSerwistRoute({
  swSrc: "lib/offline/service-worker.ts",
  useNativeEsbuild: true,
  // Precached: the site's own icons. Next.js's hashed files are kept as pages use them.
  globPatterns: ["public/**/*"],
  esbuildOptions: { sourcemap: false, format: "iife" },
});

export async function GET(request: Request): Promise<Response> {
  const response = await serwist.GET(request, { params: Promise.resolve({ path: "sw.js" }) });
  const headers = new Headers(response.headers);
  headers.delete("Service-Worker-Allowed");
  // Browsers look for a new worker on each visit; no cache may stand in the way.
  headers.set("Cache-Control", "no-cache");
  return new Response(response.body, { status: response.status, headers });
}
