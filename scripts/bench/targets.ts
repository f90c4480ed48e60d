import { pageWeightTargets } from "./page-weight-report";
import type { BenchResults, Target } from "./results";
import { variedSearchTargets } from "./varied-search";

// The issue's targets, each with how far the run is from it.

export function evaluateTarget(name: string, value: number | null, limit: number, unit: string, better: Target["better"]): Target {
  if (value === null) return { name, value, limit, unit, better, met: null, off: "not measured" };
  const met = better === "lower" ? value <= limit : value >= limit;
  const gap = Math.abs(value - limit);
  const amount = `${round(gap)}${unit === "%" ? " points" : ` ${unit}`}`;
  const off = gap === 0 ? "exactly at the limit" : met ? `${amount} to spare` : `${amount} ${better === "lower" ? "over" : "short"}${limit > 0 ? ` (${round((value / limit) * 100)}% of the target)` : ""}`;
  return { name, value: round(value), limit, unit, better, met, off };
}

export function evaluateTargets(results: Omit<BenchResults, "targets">): Target[] {
  const agenda = results.pages.find((p) => p.name.startsWith("agenda"));
  const ratio = agenda?.static ? (agenda.load.requestsPerSecond / agenda.static.requestsPerSecond) * 100 : null;
  const cachedQueries = results.appQueriesCounted ? results.pages.reduce((sum, p) => sum + (p.queries.cached.app ?? 0), 0) : null;
  const failures = results.pages.reduce((sum, p) => sum + p.load.non2xx + p.load.errors + (p.static ? p.static.non2xx + p.static.errors : 0) + (p.cold.status === 200 ? 0 : 1) + (p.fromStore.afterRun === null ? 1 : 0), 0) + (results.variedSearch ? results.variedSearch.load.non2xx + results.variedSearch.load.errors : 0);
  return [
    evaluateTarget("Agenda throughput ≥ 25% of the static floor", ratio, 25, "%", "higher"),
    evaluateTarget("Cached pages make no database query (app statements over all cached runs)", cachedQueries, 0, "queries", "lower"),
    evaluateTarget("Agenda HTML (1,000 sessions, day 1) ≤ 300 KB gzip", results.sizes.agendaHtmlGzip / 1000, 300, "KB", "lower"),
    evaluateTarget("First-load JS of the agenda ≤ 120 KB gzip", results.sizes.firstLoadJs.gzipBytes / 1000, 120, "KB", "lower"),
    evaluateTarget("Conflict detection over 1,000 sessions ≤ 20 ms", results.inProcess?.conflictsMs ?? null, 20, "ms", "lower"),
    ...variedSearchTargets(results.variedSearch ?? null),
    ...pageWeightTargets(results.pageWeights),
    evaluateTarget("Every response 2xx (no non-2xx, errors or timeouts)", failures, 0, "responses", "lower"),
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;
