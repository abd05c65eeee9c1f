/** One figure a benchmark reports, with the target the issue set for it. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ratio' | 'ms' | 'bytes' | 'count' | 'yes/no';
  readonly target: string;
  readonly ok: boolean;
}
