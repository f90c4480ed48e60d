import { pageWeightLines } from "./page-weight-report";
import type { BenchResults } from "./results";
import { variedSearchLine } from "./varied-search";

// The bench's results as a plain table for the terminal and as Markdown for the README.

const HEADER = ["page", "req/s", "p50", "p99", "static req/s", "ratio", "queries/req cached", "uncached"];

export function tableRows(results: BenchResults): string[][] {
  return results.pages.map((p) => [
    p.fromStore.afterRun ? p.name : `${p.name} †`,
    String(p.load.requestsPerSecond),
    `${p.load.p50Ms} ms`,
    `${p.load.p99Ms} ms`,
    p.static ? String(p.static.requestsPerSecond) : "–",
    p.static ? `${((p.load.requestsPerSecond / p.static.requestsPerSecond) * 100).toFixed(1)}%` : "–",
    results.appQueriesCounted ? perRequest(p.queries.cached.app ?? 0, p.load.requests) : "n/c",
    results.appQueriesCounted ? String(p.queries.uncached.app ?? 0) : "n/c",
  ]);
}

export function perRequest(statements: number, requests: number): string {
  if (statements === 0) return "0";
  const n = statements / Math.max(requests, 1);
  return n < 0.01 ? "<0.01" : n.toFixed(2);
}

/** Everything below the table, one line each. */
export function detailLines(r: BenchResults): string[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const revisions = (which: "cached" | "uncached") => r.pages.reduce((sum, p) => sum + (p.queries[which].revisions ?? 0), 0);
  const t = r.inProcess;
  const ms = (v: number | null | undefined, p95?: number) => (v == null ? "skipped" : `${v} ms${p95 === undefined ? "" : ` (p95 ${p95} ms)`}`);
  const lines = [
    ...(r.pages.some((p) => !p.fromStore.afterRun) ? ["† not answered from the store of rendered pages: Next.js rendered every request"] : []),
    ...(r.appQueriesCounted ? [] : ["n/c: the app's statements were not counted (the build predates query counting: rebuild)"]),
    `Store freshness checks (revisions connection, at most one per conference every 2 s): ${revisions("cached")} during the load runs, ${revisions("uncached")} on cold requests`,
    `Agenda HTML (day 1, grid): ${kb(r.sizes.agendaHtml)}, gzip ${kb(r.sizes.agendaHtmlGzip)}, brotli ${kb(r.sizes.agendaHtmlBr)}`,
    `First-load JS of the agenda: ${r.sizes.firstLoadJs.scripts} scripts, ${kb(r.sizes.firstLoadJs.bytes)}, gzip ${kb(r.sizes.firstLoadJs.gzipBytes)}`,
    t
      ? `In process: conflicts over ${t.counts.sessions} sessions ${ms(t.conflictsMs, t.timings.conflicts.p95Ms)}; changelog diff ${ms(t.changelogDiffMs)}; publish ${ms(t.publishMs)}; build snapshot ${ms(t.buildSnapshotMs)}; FOSDEM 2025 import ${ms(t.importFosdemMs)}, XML export ${ms(t.exportFosdemXmlMs)}`
      : "In process: not measured",
    ...pageWeightLines(r.pageWeights),
    variedSearchLine(r.variedSearch ?? null),
    `Peak resident memory of the server: ${r.memory.peakResidentMb === null ? "unknown" : `${r.memory.peakResidentMb} MB`}`,
    `Machine: ${r.machine.cpu} × ${r.machine.cores}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.os}; load average ${r.machine.loadAverage.start} at the start, ${r.machine.loadAverage.end} at the end; ${r.date}`,
    `Conference: ${r.conference.slug}, ${r.conference.sessions} sessions, ${r.conference.rooms} rooms, ${r.conference.speakers} speakers, ${r.conference.days} days; searches “${r.conference.searchTerms.three}” and “${r.conference.searchTerms.two}”`,
  ];
  return lines;
}

export function targetLines(r: BenchResults): string[] {
  return r.targets.map((t) => `${t.met === null ? "?" : t.met ? "✓" : "✗"} ${t.name}: ${t.value === null ? "–" : `${t.value}${t.unit === "%" ? "%" : ` ${t.unit}`}`} — ${t.off}`);
}

export function formatText(r: BenchResults): string {
  const rows = [HEADER, ...tableRows(r)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(HEADER), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line), "", ...detailLines(r), "", "Targets:", ...targetLines(r), ...notes(r)].join("\n");
}

export function formatMarkdown(r: BenchResults): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const align = `|${HEADER.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`;
  return [row(HEADER), align, ...tableRows(r).map(row), "", ...detailLines(r).map((l) => `- ${l}`), "", "Targets:", "", ...targetLines(r).map((l) => `- ${l}`), ...(r.notes.length ? ["", "Notes:", "", ...r.notes.map((l) => `- ${l}`)] : []), ""].join("\n");
}

function notes(r: BenchResults): string[] {
  return r.notes.length ? ["", "Notes:", ...r.notes] : [];
}
