// Small statistics helpers for the benchmarks: medians over many runs, printed as ratios against a
// baseline measured in the same run, so machine speed cancels out.

export interface Sample {
  readonly label: string;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly runs: number;
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns the median and 90th percentile. */
export async function measure(label: string, fn: () => Promise<unknown>, runs = 400, warmup = 50): Promise<Sample> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), runs };
}

/**
 * Alternates two measurements in rounds so drift (CPU frequency, GC, the other core's load)
 * lands on both sides equally, then reports each side over all rounds.
 */
export async function measurePair(
  a: [string, () => Promise<unknown>],
  b: [string, () => Promise<unknown>],
  rounds = 8,
  runsPerRound = 100,
): Promise<[Sample, Sample]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    await a[1]();
    await b[1]();
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const [fn, into] of [[a[1], timesA], [b[1], timesB]] as const) {
      for (let i = 0; i < runsPerRound; i += 1) {
        const start = process.hrtime.bigint();
        await fn();
        into.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return [summarize(a[0], timesA), summarize(b[0], timesB)];
}

function summarize(label: string, times: number[]): Sample {
  const sorted = [...times].sort((x, y) => x - y);
  return { label, medianMs: quantile(sorted, 0.5), p90Ms: quantile(sorted, 0.9), runs: sorted.length };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[index] ?? Number.NaN;
}

export function formatSample(sample: Sample): string {
  return `${sample.label.padEnd(44)} median ${sample.medianMs.toFixed(3)} ms  p90 ${sample.p90Ms.toFixed(3)} ms  (${sample.runs} runs)`;
}
