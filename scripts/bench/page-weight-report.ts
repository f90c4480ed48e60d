import type { PageWeights } from "./page-weight";
import type { Target } from "./results";
import { evaluateTarget } from "./targets";

// Issue 18's targets for public pages on a phone: the agenda's busiest day of a real programme
// in at most 60 KB of brotli and 3,000 elements, its largest paint within 1.5 s on slow 4G with a
// 4× slower CPU, and at most 100 KB of first-load JavaScript (gzip) on every public page.

export function pageWeightTargets(weights: PageWeights | null): Target[] {
  const agenda = weights?.pages.find((p) => p.name.startsWith("agenda")) ?? null;
  const worst = (pick: (p: PageWeights["pages"][number]) => number | null) => {
    const values = (weights?.pages ?? []).map(pick);
    if (values.length === 0 || values.includes(null) || (weights?.failures.length ?? 0) > 0) return null;
    return Math.max(...(values as number[]));
  };
  const scale = weights ? `${weights.conference.source}, ${weights.conference.sessionsOnDay} sessions` : "busiest day";
  return [
    evaluateTarget(`Agenda day page (${scale}) ≤ 60 KB brotli`, agenda ? agenda.brotli / 1000 : null, 60, "KB", "lower"),
    evaluateTarget(`Agenda day page (${scale}) ≤ 3,000 elements on first render`, agenda?.domNodes ?? null, 3000, "elements", "lower"),
    evaluateTarget("LCP of the agenda day page on the phone profile ≤ 1.5 s", agenda?.lcpMs ?? null, 1500, "ms", "lower"),
    evaluateTarget("First-load JS of public pages ≤ 100 KB gzip (largest)", worst((p) => p.firstLoadJsGzip / 1000), 100, "KB", "lower"),
  ];
}

export function pageWeightLines(weights: PageWeights | null): string[] {
  if (!weights) return ["Page weight on a phone: not measured"];
  const { conference: c } = weights;
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  return [
    `Page weight on a phone (${c.source}: ${c.slug}, ${c.day} with ${c.sessionsOnDay} sessions in ${c.roomsOnDay} rooms; now and room ${c.room} at ${c.at}; slow 4G 1.6 Mbps/150 ms, CPU 4×):`,
    ...weights.pages.map(
      (p) =>
        `  ${p.name}: HTML ${kb(p.html)}, gzip ${kb(p.gzip)}, brotli ${kb(p.brotli)}${p.serverBrotli ? "" : " (node:zlib; the server sent it uncompressed)"}; ${p.domNodes ?? "?"} elements; first-load JS ${kb(p.firstLoadJsGzip)} gzip; LCP ${p.lcpMs === null ? "none reported" : `${p.lcpMs} ms`}`,
    ),
    ...weights.failures.map((f) => `  not weighed: ${f}`),
  ];
}
