// Two windows on one account, at the default pacing (5 requests a second each) against an account
// limit of 5 QPS: 100 calls, each window in its own process. Counts the calls that ended in an
// error the user would see, and how often the server refused a request for its QPS.
import { describeTwoWindows, runTwoWindows } from '../test/support/twoWindows';
import type { BenchResult } from './result';

export async function benchSharedQps(): Promise<BenchResult[]> {
  const result = await runTwoWindows({ calls: 100, qps: 5, requestsPerSecond: 5, concurrency: 2 });
  console.log(describeTwoWindows(result));
  return [
    { name: 'two windows: calls ending in an error (of 100)', value: result.userVisibleErrors, unit: 'count', target: '0', ok: result.userVisibleErrors === 0 },
    // Each rejection costs one retry and a short wait, nothing the user sees.
    { name: 'two windows: server QPS rejections (of 100 calls)', value: result.serverRejections, unit: 'count', target: '≤ 10', ok: result.serverRejections <= 10 },
  ];
}
