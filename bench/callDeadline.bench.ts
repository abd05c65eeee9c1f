// How long a call to a server that never finishes holds the user, against the timeout they set:
// a server that never answers, and one that drips its body a byte at a time. The client's default
// retries and backoff apply; the ratio to the timeout, measured in the same run, is the figure.
import { timeOneCall } from '../test/support/slowServers';
import type { BenchResult } from './result';

const TIMEOUT_MS = 2_000;
// The deadline's own timer, closing the socket and scheduling jitter; a retry more would be 2.0.
const TARGET = 1.2;

export async function benchCallDeadline(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const kind of ['hang', 'drip'] as const) {
    const call = await timeOneCall(kind, { timeoutMs: TIMEOUT_MS });
    const ratio = call.elapsedMs / TIMEOUT_MS;
    console.log(`${kind}: timeout ${TIMEOUT_MS} ms, call ended after ${call.elapsedMs} ms (${call.attempts} attempts): ${call.outcome}`);
    results.push({ name: `${kind === 'hang' ? 'hanging server' : 'dripped body'}: call time / timeout`, value: ratio, unit: 'ratio', target: `≤ ${TARGET}`, ok: ratio <= TARGET });
  }
  return results;
}
