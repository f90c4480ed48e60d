import autocannon from "autocannon";

/** What a phone sends: compression and the conference's language. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, br", "accept-language": "zh-CN" } as const;

export interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
}

/** Drives one URL at `connections` for `seconds`, as the issue measures every page. */
export async function drive(url: string, options: { connections?: number; seconds?: number } = {}): Promise<Load> {
  const result = await autocannon({ url, connections: options.connections ?? 50, duration: options.seconds ?? 10, headers: { ...BROWSER_HEADERS }, setupClient: dropBody });
  return loadOf(result);
}

/** The figures of an autocannon run that the bench reports. */
export function loadOf(result: Awaited<ReturnType<typeof autocannon>>): Load {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * autocannon appends every body to a string; decoding compressed bytes as UTF-8 costs the
 * client more than the server spends (55 KB of brotli: ~1,000 requests/s instead of ~6,500),
 * so the client would be what is measured. Bytes are still counted; bodies are not kept.
 */
function dropBody(client: { pipelinedRequests: { addBody: (data: Buffer) => void } }): void {
  client.pipelinedRequests.addBody = () => {};
}
