// Timing for the bench: run a piece of work several times and keep the
// median and the 95th percentile, which a single slow run (a GC pause, the
// first JIT pass) does not move much.

export interface Timing {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  runs: number;
}

export interface MeasureOptions {
  runs?: number;
  /** Untimed runs first, so the JIT has seen the code. */
  warmup?: number;
  /** Untimed work before each run (a fresh database, say); its result goes to the run. */
  before?: () => unknown;
}

export async function measure<T>(run: (prepared: T) => unknown, options: MeasureOptions = {}): Promise<Timing> {
  const { runs = 20, warmup = 2, before } = options;
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const prepared = (await before?.()) as T;
    const started = performance.now();
    const result = run(prepared);
    if (result instanceof Promise) await result;
    const elapsed = performance.now() - started;
    if (i >= warmup) samples.push(elapsed);
  }
  return summarize(samples);
}

export function summarize(samplesMs: number[]): Timing {
  if (samplesMs.length === 0) throw new RangeError("No samples to summarize");
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { medianMs: round(percentile(sorted, 0.5)), p95Ms: round(percentile(sorted, 0.95)), minMs: round(sorted[0]!), runs: sorted.length };
}

/** Linear interpolation between the closest ranks of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const round = (ms: number) => Math.round(ms * 100) / 100;
