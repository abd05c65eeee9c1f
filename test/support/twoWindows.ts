// Two windows on one PatSnap account: two extension hosts, each with its own client, sharing the
// account's QPS limit. Each window runs in its own process against one sandbox that enforces the
// limit (answering 67200002 over it), and the run reports what users would have seen.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import { startSandboxServer } from '../../src/sandbox/server';
import type { WindowJob, WindowOutcome } from './windowProcess';

export interface TwoWindowsOptions {
  /** Calls in all, split evenly between the windows. */
  readonly calls: number;
  /** The account's QPS limit the sandbox enforces. */
  readonly qps: number;
  /** Each window's requests-per-second setting. */
  readonly requestsPerSecond: number;
  readonly concurrency: number;
}

export interface TwoWindowsResult {
  readonly calls: number;
  /** Calls that ended in an error a user would see. */
  readonly userVisibleErrors: number;
  readonly failures: readonly string[];
  /** Requests the sandbox refused with 67200002. */
  readonly serverRejections: number;
  readonly retries: number;
  readonly elapsedMs: number;
}

function runWindowProcess(job: WindowJob): Promise<WindowOutcome> {
  const child = fork(path.join(__dirname, 'windowProcess.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let outcome: WindowOutcome | undefined;
    child.once('message', (message: WindowOutcome) => (outcome = message));
    child.once('error', reject);
    child.once('exit', (code) => (outcome ? resolve(outcome) : reject(new Error(`window process exited with ${code} before reporting`))));
    child.send(job);
  });
}

export async function runTwoWindows(options: TwoWindowsOptions): Promise<TwoWindowsResult> {
  const sandbox = await startSandboxServer({ faults: [{ kind: 'qps', limit: options.qps }] });
  try {
    const perWindow = Math.ceil(options.calls / 2);
    const job: WindowJob = {
      url: sandbox.url,
      apiKey: sandbox.credentials.apiKey,
      calls: perWindow,
      concurrency: options.concurrency,
      requestsPerSecond: options.requestsPerSecond,
    };
    const started = Date.now();
    const outcomes = await Promise.all([runWindowProcess(job), runWindowProcess(job)]);
    const failures = outcomes.flatMap((o) => o.failures);
    return {
      calls: perWindow * 2,
      userVisibleErrors: failures.length,
      failures,
      serverRejections: sandbox.stats.rejectedByQps,
      retries: outcomes.reduce((sum, o) => sum + o.retries, 0),
      elapsedMs: Date.now() - started,
    };
  } finally {
    await sandbox.close();
  }
}

/** "100 calls: 0 user-visible errors, 4 server QPS rejections, 4 retries, 21.3 s". */
export function describeTwoWindows(result: TwoWindowsResult): string {
  const kinds = result.failures.length > 0 ? ` (${[...new Set(result.failures)].join(', ')})` : '';
  return `${result.calls} calls: ${result.userVisibleErrors} user-visible errors${kinds}, ${result.serverRejections} server QPS rejections, ${result.retries} retries, ${(result.elapsedMs / 1000).toFixed(1)} s`;
}

if (require.main === module) {
  const [calls = '100', qps = '5', rps = '5', concurrency = '2'] = process.argv.slice(2);
  void runTwoWindows({ calls: Number(calls), qps: Number(qps), requestsPerSecond: Number(rps), concurrency: Number(concurrency) }).then((result) => {
    console.log(describeTwoWindows(result));
  });
}
