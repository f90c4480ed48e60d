import { BROWSER_HEADERS, drive } from "./load";
import type { PodiumServer } from "./podium-server";
import { getRaw, type RawResponse } from "./raw-http";
import type { PageFigures } from "./results";

/**
 * One page: its first request (rendered by Next.js; its statements are the
 * uncached count), a warm-up request, then 50 connections for 10 s (its
 * statements over the run are the cached count). Whether the store of rendered
 * pages answered is asked of the warm-up request and of one more after the run,
 * once the server has finished what the run left it.
 */
export async function measurePage(server: PodiumServer, name: string, path: string): Promise<PageFigures> {
  const url = server.url + path;
  const before = await server.queries();
  const started = performance.now();
  const cold = await getRaw(url, { ...BROWSER_HEADERS });
  const coldMs = Math.round(performance.now() - started);
  const uncached = difference(await server.queries(), before);
  const warm = await getRaw(url, { ...BROWSER_HEADERS });
  const beforeLoad = await server.queries();
  const load = await drive(url);
  const settledMs = await server.settle();
  const cached = difference(await server.queries(), beforeLoad);
  const after = await getRaw(url, { ...BROWSER_HEADERS }, 15_000).catch(() => null);
  const hit = (res: RawResponse) => res.headers["x-podium-cache"] === "hit";
  return { name, path, load, cold: { status: cold.status, ms: coldMs }, fromStore: { warmUp: hit(warm), afterRun: after && hit(after) }, queries: { uncached, cached }, settledMs, static: null };
}

export function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([connection, n]) => [connection, n - (before[connection] ?? 0)]));
}
