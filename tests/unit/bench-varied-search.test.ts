import { describe, expect, it } from "vitest";
import { variedSearchLine, variedSearchTargets, type VariedSearch } from "@/scripts/bench/varied-search";

const measured = (requestsPerSecond: number, p99Ms: number): VariedSearch => ({
  path: "/c/search.json?q=…",
  connections: 10,
  terms: 4000,
  load: { requestsPerSecond, p50Ms: 9, p99Ms, requests: requestsPerSecond * 10, non2xx: 0, errors: 0 },
});

describe("the varied-term search measure", () => {
  it("is held to 200 requests a second and a p99 of 100 ms", () => {
    const [throughput, p99] = variedSearchTargets(measured(250, 120));
    expect(throughput).toMatchObject({ value: 250, limit: 200, met: true });
    expect(p99).toMatchObject({ value: 120, limit: 100, met: false, off: "20 ms over (120% of the target)" });
  });

  it("says when it was not measured", () => {
    expect(variedSearchTargets(null).map((t) => t.met)).toEqual([null, null]);
    expect(variedSearchLine(null)).toBe("Varied-term search: not measured");
  });

  it("reports its figures next to the targets", () => {
    expect(variedSearchLine(measured(250, 40))).toBe(
      "Varied-term search (/c/search.json?q=…, 10 connections, 4000 distinct terms): 250 req/s, p50 9 ms, p99 40 ms, 2500 requests, 0 non-2xx, 0 errors (targets ≥ 200 req/s, p99 ≤ 100 ms)",
    );
  });
});
