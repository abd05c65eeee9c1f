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

/** Two samples measured side by side, and the median of their per-round ratios (b / a). */
export interface PairedSamples {
  readonly a: Sample;
  readonly b: Sample;
  readonly ratio: number;
}

/**
 * Alternates two measurements in many short rounds and compares each round of b with the round of
 * a just before it. Load from other processes comes and goes over seconds; pairing neighbouring
 * rounds cancels it, where a ratio of two overall medians lets a busy spell that happened to
 * fall on one side's rounds move the result by several percent.
 */
export async function measurePair(
  a: [string, () => Promise<unknown>],
  b: [string, () => Promise<unknown>],
  rounds = 30,
  runsPerRound = 40,
): Promise<PairedSamples> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    await a[1]();
    await b[1]();
  }
  for (let round = 0; round < rounds; round += 1) {
    const roundA = await timeRuns(a[1], runsPerRound);
    const roundB = await timeRuns(b[1], runsPerRound);
    timesA.push(...roundA);
    timesB.push(...roundB);
    ratios.push(median(roundB) / median(roundA));
  }
  return { a: summarize(a[0], timesA), b: summarize(b[0], timesB), ratio: median(ratios) };
}

async function timeRuns(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

function median(values: readonly number[]): number {
  return quantile([...values].sort((x, y) => x - y), 0.5);
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
