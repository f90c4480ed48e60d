// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds per request. */
    timeout?: number;
    headers?: Record<string, string>;
    /** Requests each connection sends in turn, then again from the first. */
    requests?: Array<{
      method?: "GET" | "POST";
      path: string;
      /** Called before each send of this request: what it returns is sent (a new path each time, say). */
      setupRequest?: (request: { method?: string; path: string }) => { method?: string; path: string };
    }>;
    /** Called with each connection's client as it is made. */
    setupClient?: (client: Client) => void;
  }

  interface Client {
    /** Where a response's body is collected (as a string) while it arrives. */
    pipelinedRequests: { addBody: (data: Buffer) => void };
  }

  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
    total: number;
  }

  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    /** Per-second samples; `total` is every completed request. */
    requests: Histogram & { sent: number };
    /** Milliseconds. */
    latency: Histogram;
    throughput: Histogram;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
