import { describe, expect, it } from "vitest";
import type { PageWeights } from "@/scripts/bench/page-weight";
import { pageWeightLines, pageWeightTargets } from "@/scripts/bench/page-weight-report";

const page = (name: string, overrides: Partial<PageWeights["pages"][number]> = {}): PageWeights["pages"][number] => ({
  name,
  path: `/fosdem-2025/${name}`,
  status: 200,
  html: 135_000,
  gzip: 22_000,
  brotli: 14_400,
  serverBrotli: true,
  domNodes: 522,
  firstLoadJsGzip: 160_700,
  lcpMs: 1400,
  ...overrides,
});
const weights: PageWeights = {
  conference: {
    source: "FOSDEM 2025",
    slug: "fosdem-2025",
    day: "2025-02-02",
    sessionsOnDay: 473,
    roomsOnDay: 28,
    room: "aw1-120",
    at: "2025-02-02T11:00",
  },
  pages: [
    page("agenda (list, busiest day)"),
    page("now", { lcpMs: 2600, brotli: 14_000, serverBrotli: false }),
    page("room screen", { domNodes: 96 }),
  ],
  failures: [],
};

describe("the bench's page weights", () => {
  it("holds the agenda to 60 KB of brotli, 3,000 elements and its LCP limit, and every page to the JavaScript limit", () => {
    const targets = pageWeightTargets(weights);
    expect(targets.map((t) => [t.name, t.value, t.met])).toEqual([
      ["Agenda day page (FOSDEM 2025, 473 sessions) ≤ 60 KB brotli", 14.4, true],
      ["Agenda day page (FOSDEM 2025, 473 sessions) ≤ 3,000 elements on first render", 522, true],
      ["LCP of the agenda day page on the phone profile ≤ 1.5 s", 1400, true],
      ["First-load JS of public pages ≤ 100 KB gzip (largest)", 160.7, false],
    ]);
  });

  it("says what was not measured rather than passing it", () => {
    expect(pageWeightTargets(null).every((t) => t.met === null)).toBe(true);
    const noPaint = { ...weights, pages: [page("agenda", { lcpMs: null })] };
    expect(pageWeightTargets(noPaint)[2]).toMatchObject({ met: null, off: "not measured" });
    expect(pageWeightLines(null)).toEqual(["Page weight on a phone: not measured"]);
    const oneFailed = { ...weights, failures: ["now (/fosdem-2025/now): page.goto: Timeout 60000ms exceeded."] };
    expect(pageWeightTargets(oneFailed)[3]).toMatchObject({ met: null });
    expect(pageWeightTargets(oneFailed)[0]).toMatchObject({ value: 14.4, met: true });
    expect(pageWeightLines(oneFailed).at(-1)).toBe(
      "  not weighed: now (/fosdem-2025/now): page.goto: Timeout 60000ms exceeded.",
    );
  });

  it("names the conference, the day and each page's figures, and when brotli was computed rather than sent", () => {
    const lines = pageWeightLines(weights);
    expect(lines[0]).toContain("FOSDEM 2025: fosdem-2025, 2025-02-02 with 473 sessions in 28 rooms");
    expect(lines[1]).toBe(
      "  agenda (list, busiest day): HTML 135.0 KB, gzip 22.0 KB, brotli 14.4 KB; 522 elements; first-load JS 160.7 KB gzip; LCP 1400 ms",
    );
    expect(lines[2]).toContain("brotli 14.0 KB (node:zlib; the server sent it uncompressed)");
  });
});
