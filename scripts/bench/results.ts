import type { InProcessFigures } from "./in-process";
import type { Load } from "./load";
import type { PageWeights } from "./page-weight";
import type { VariedSearch } from "./varied-search";

// The shape of bench/results.json: what one run of `npm run bench` measured.

export interface PageFigures {
  name: string;
  path: string;
  load: Load;
  /** Status and milliseconds of the first request, which Next.js rendered. */
  cold: { status: number; ms: number };
  /**
   * Whether the store of rendered pages answered (`X-Podium-Cache: hit`) the warm-up request,
   * and a request after the run (null: no answer within 15 s).
   */
  fromStore: { warmUp: boolean; afterRun: boolean | null };
  /** Statements by connection (`app`: the app's; `revisions`: the store's freshness check). */
  queries: { uncached: Record<string, number>; cached: Record<string, number> };
  /** How long the server stayed busy after the run (renders for clients that had given up). */
  settledMs: number;
  /** The same bytes from a minimal static Node server, for the agenda and session pages. */
  static: Load | null;
}

export interface BenchResults {
  date: string;
  /** `loadAverage`: the 1-minute load average when the run began and ended; other work on the machine makes figures noisy. */
  machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string; loadAverage: { start: number; end: number } };
  build: { ran: boolean; staleSources: boolean };
  conference: { slug: string; sessions: number; rooms: number; speakers: number; days: number; day1: string; sessionGuid: string; speakerSlug: string; searchTerms: { three: string; two: string } };
  pages: PageFigures[];
  /** Bytes; KB in the report are 1,000 bytes. */
  sizes: { agendaHtml: number; agendaHtmlGzip: number; agendaHtmlBr: number; firstLoadJs: { scripts: number; bytes: number; gzipBytes: number } };
  inProcess: InProcessFigures | null;
  /** Bytes, elements, first-load JS and LCP of public pages on a phone (issue 18); null when not measured. */
  pageWeights: PageWeights | null;
  /** search.json with a different term on every request (issue 18 item 5); null when it failed. */
  variedSearch?: VariedSearch | null;
  memory: { peakResidentMb: number | null };
  /** False when the app's own statements were not counted (a build older than the counting), so query figures are unknown. */
  appQueriesCounted: boolean;
  targets: Target[];
  notes: string[];
}

export interface Target {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  better: "lower" | "higher";
  /** Null when not measured. */
  met: boolean | null;
  /** How far from the limit, in words. */
  off: string;
}
