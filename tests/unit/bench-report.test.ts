import { describe, expect, it } from "vitest";
import { scriptSources } from "@/scripts/bench/first-load-js";
import { difference } from "@/scripts/bench/measure-page";
import { formatMarkdown, formatText, perRequest } from "@/scripts/bench/report";
import type { BenchResults, PageFigures } from "@/scripts/bench/results";
import { pickSearchTerms } from "@/scripts/bench/search-terms";
import { evaluateTarget, evaluateTargets } from "@/scripts/bench/targets";

const load = (requestsPerSecond: number, extra: Partial<PageFigures["load"]> = {}) => ({
  requestsPerSecond,
  p50Ms: 5,
  p99Ms: 20,
  requests: requestsPerSecond * 10,
  non2xx: 0,
  errors: 0,
  ...extra,
});

function page(name: string, overrides: Partial<PageFigures> = {}): PageFigures {
  return {
    name,
    path: `/c/${name}`,
    load: load(2000),
    cold: { status: 200, ms: 300 },
    fromStore: { warmUp: true, afterRun: true },
    queries: { uncached: { app: 12, revisions: 1 }, cached: { app: 0, revisions: 5 } },
    settledMs: 500,
    static: null,
    ...overrides,
  };
}

function results(overrides: Partial<Omit<BenchResults, "targets">> = {}): BenchResults {
  const partial: Omit<BenchResults, "targets"> = {
    date: "2026-11-24T12:00:00.000Z",
    machine: {
      cpu: "Test CPU",
      cores: 2,
      memoryGb: 4,
      node: "v20.20.2",
      os: "Linux",
      loadAverage: { start: 0.5, end: 1 },
    },
    build: { ran: false, staleSources: false },
    conference: {
      slug: "scale-2026",
      sessions: 1000,
      rooms: 70,
      speakers: 1200,
      days: 3,
      day1: "2026-09-15",
      sessionGuid: "g",
      speakerSlug: "s",
      searchTerms: { three: "大模型", two: "金融" },
    },
    pages: [
      page("agenda", { static: load(8000) }),
      page("ics", {
        fromStore: { warmUp: false, afterRun: false },
        load: load(2, { errors: 3 }),
        queries: { uncached: { app: 9 }, cached: { app: 40 } },
      }),
    ],
    sizes: {
      agendaHtml: 1_100_000,
      agendaHtmlGzip: 107_000,
      agendaHtmlBr: 55_000,
      firstLoadJs: { scripts: 11, bytes: 600_000, gzipBytes: 198_000 },
    },
    inProcess: null,
    pageWeights: null,
    memory: { peakResidentMb: 300 },
    appQueriesCounted: true,
    notes: ["a note"],
    ...overrides,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

describe("the bench's targets", () => {
  it("says by how much a target is missed or met", () => {
    expect(evaluateTarget("JS", 198, 120, "KB", "lower")).toMatchObject({
      met: false,
      off: "78 KB over (165% of the target)",
    });
    expect(evaluateTarget("ratio", 18, 25, "%", "higher")).toMatchObject({
      met: false,
      off: "7 points short (72% of the target)",
    });
    expect(evaluateTarget("conflicts", 2.74, 20, "ms", "lower")).toMatchObject({
      met: true,
      value: 2.7,
      off: "17.3 ms to spare",
    });
    expect(evaluateTarget("queries", 0, 0, "queries", "lower")).toMatchObject({
      met: true,
      off: "exactly at the limit",
    });
    expect(evaluateTarget("conflicts", null, 20, "ms", "lower")).toMatchObject({ met: null, off: "not measured" });
  });

  it("takes the agenda's ratio to its static floor, the app's statements on cached runs, and every failed response", () => {
    const target = (start: string) => results().targets.find((t) => t.name.startsWith(start));
    expect(target("Agenda throughput")).toMatchObject({ value: 25, met: true });
    expect(target("Cached pages")).toMatchObject({ value: 40, met: false });
    expect(target("Every response")).toMatchObject({ value: 3, met: false });
    expect(target("Conflict detection")).toMatchObject({ met: null });
  });

  it("does not call the query target met when the app's statements were not counted", () => {
    const cached = results({ appQueriesCounted: false }).targets.find((t) => t.name.startsWith("Cached"))!;
    expect(cached.met).toBeNull();
  });
});

describe("the bench's report", () => {
  it("prints one row per page, marks pages the store did not answer, and lists the targets", () => {
    const text = formatText(results());
    expect(text.split("\n")[0]).toMatch(
      /^page\s+req\/s\s+p50\s+p99\s+static req\/s\s+ratio\s+queries\/req cached\s+uncached$/,
    );
    expect(text).toMatch(/^agenda\s+2000\s+5 ms\s+20 ms\s+8000\s+25\.0%\s+0\s+12$/m);
    expect(text).toMatch(/^ics †\s+2\s+5 ms\s+20 ms\s+–\s+–\s+2\.00\s+9$/m);
    expect(text).toContain("✗ First-load JS of the agenda ≤ 120 KB gzip: 198 KB — 78 KB over");
    expect(text).toContain("Notes:\na note");
  });

  it("writes the same table in Markdown, with n/c where the app's statements were not counted", () => {
    const md = formatMarkdown(results({ appQueriesCounted: false }));
    expect(md).toContain(
      "| page | req/s | p50 | p99 | static req/s | ratio | queries/req cached | uncached |\n| --- | ---: |",
    );
    expect(md).toContain("| agenda | 2000 | 5 ms | 20 ms | 8000 | 25.0% | n/c | n/c |");
    expect(md).toContain("- ? Cached pages make no database query");
  });

  it("gives statements per request, never rounding a few down to zero", () => {
    expect(perRequest(0, 1000)).toBe("0");
    expect(perRequest(5, 10_000)).toBe("<0.01");
    expect(perRequest(24, 2)).toBe("12.00");
  });
});

describe("the bench's helpers", () => {
  it("finds the build's scripts a page loads, each once", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script>inline()</script><script async src="/_next/static/chunks/b.js?dpl=1&amp;x=2"></script><script src="/_next/static/chunks/a.js"></script><script src="https://cdn.example/x.js"></script>`;
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?dpl=1&x=2"]);
    expect(
      scriptSources(
        '<script src="/_next/static/chunks/polyfills.js" noModule=""></script><script src="/_next/static/chunks/a.js" async=""></script>',
      ),
    ).toEqual(["/_next/static/chunks/a.js"]);
  });

  it("picks the listed words of three and two characters found in the most titles", () => {
    const titles = ["大模型在金融中的实践", "大模型与教育", "智能体在金融中的落地", "面向教育的智能体", "金融云原生"];
    expect(pickSearchTerms(titles, ["大模型", "智能体", "云原生", "金融", "教育", "RISC-V", "生成式人工智能"])).toEqual(
      { three: "大模型", two: "金融" },
    );
    expect(() => pickSearchTerms(titles, ["区块链", "金融"])).toThrow(/3-character/);
  });

  it("counts statements per connection between two readings", () => {
    expect(difference({ app: 30, revisions: 4 }, { revisions: 1 })).toEqual({ app: 30, revisions: 3 });
  });
});
