// Issue 2's benchmark: what the client adds on top of a bare undici request to the same sandbox
// endpoint (validation, rate limiting, envelope check, zod parsing and normalization, logging),
// and what a cache hit costs. Both sides use a keep-alive connection to the same local server and
// are measured in alternating rounds of the same run, so the ratio is independent of machine speed.
// The sandbox runs in a child process so its own work does not share the client's thread.
import { Agent, request } from 'undici';
import { createPatsnapClient } from '../src/api';
import { startSandboxProcess } from './sandboxProcess';
import { measurePair, measure, formatSample } from './stats';
import type { BenchResult } from './result';

export async function benchClientOverhead(): Promise<BenchResult[]> {
  const sandbox = await startSandboxProcess();
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 1 });
  const body = JSON.stringify({ offset: 0, limit: 10 });
  const url = `${sandbox.url}/synapse/drug/search`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${sandbox.credentials.apiKey}` };
  try {
    const client = createPatsnapClient({
      baseUrl: sandbox.url,
      credentials: async () => ({ kind: 'apiKey', apiKey: sandbox.credentials.apiKey }),
      dispatcher,
      requestsPerSecond: 0, // pacing would measure the limiter's sleep, not the client's work
      cacheTtlMs: 60_000,
    });

    const bare = async () => {
      const response = await request(url, { method: 'POST', body, headers, dispatcher });
      // The baseline still has to read and parse the answer, as any caller would.
      const parsed = (await response.body.json()) as { status: boolean };
      if (!parsed.status) throw new Error('sandbox refused the bare request');
    };
    const viaClient = () => client.searchDrugs({ offset: 0, limit: 10 }, { bypassCache: true });

    const { a: bareSample, b: clientSample, ratio } = await measurePair(['bare undici.request + JSON.parse', bare], ['client.searchDrugs (no cache)', viaClient]);
    const cached = await measure('client.searchDrugs (cache hit)', () => client.searchDrugs({ offset: 0, limit: 10 }), 2000, 50);
    console.log(formatSample(bareSample));
    console.log(formatSample(clientSample));
    console.log(formatSample(cached));
    console.log(`median of per-round ratios: ${ratio.toFixed(3)}`);
    return [
      { name: 'client / bare undici (drug search, 10 items)', value: ratio, unit: 'ratio', target: '≤ 1.15', ok: ratio <= 1.15 },
      { name: 'cached client call', value: cached.medianMs, unit: 'ms', target: '< 0.1 ms', ok: cached.medianMs < 0.1 },
    ];
  } finally {
    await dispatcher.close();
    await sandbox.close();
  }
}
