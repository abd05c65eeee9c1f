// One "window" in its own process: one client instance, as one extension host would hold, making
// a run of drug searches against a sandbox and reporting how each ended. Forked by twoWindows.ts.
import { createPatsnapClient, isPatsnapError } from '../../src/api';

export interface WindowJob {
  readonly url: string;
  readonly apiKey: string;
  readonly calls: number;
  /** Calls this window keeps in flight at once (a tree and a panel loading together). */
  readonly concurrency: number;
  readonly requestsPerSecond: number;
}

export interface WindowOutcome {
  readonly succeeded: number;
  /** One line per call that failed: what the user would have seen an error for. */
  readonly failures: readonly string[];
  readonly retries: number;
}

export async function runWindow(job: WindowJob): Promise<WindowOutcome> {
  const client = createPatsnapClient({
    baseUrl: job.url,
    credentials: async () => ({ kind: 'apiKey', apiKey: job.apiKey }),
    requestsPerSecond: job.requestsPerSecond,
    cacheTtlMs: 0,
  });
  let next = 0;
  let succeeded = 0;
  const failures: string[] = [];
  const worker = async (): Promise<void> => {
    while (next < job.calls) {
      const offset = next++;
      try {
        await client.searchDrugs({ offset, limit: 5 });
        succeeded++;
      } catch (error) {
        failures.push(isPatsnapError(error) ? `${error.category}${error.code === undefined ? '' : ` ${error.code}`}` : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const { retries } = client.stats();
  await client.close();
  return { succeeded, failures, retries };
}

if (require.main === module) {
  process.once('message', (job: WindowJob) => {
    void runWindow(job).then((outcome) => {
      process.send?.(outcome, () => process.disconnect());
    });
  });
}
