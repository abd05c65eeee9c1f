// The client-overhead benchmark: what the client adds on top of a bare undici request to the same sandbox
// endpoint (validation, rate limiting, envelope check, zod parsing and normalization, logging),
// with either credential kind, and what a cache hit costs. Both sides use a keep-alive connection to the same local server and
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
  const headers = { 'content-type': 'application/json' };

  /** One bare request and its parse, as any caller would do without the client. */
  const bareSearch = (url: string, withAuth: Record<string, string>) => async () => {
    const response = await request(url, { method: 'POST', body, headers: withAuth, dispatcher });
    const parsed = (await response.body.json()) as { status: boolean };
    if (!parsed.status) throw new Error('sandbox refused the bare request');
  };

  try {
    const client = createPatsnapClient({
      baseUrl: sandbox.url,
      credentials: async () => ({ kind: 'apiKey', apiKey: sandbox.credentials.apiKey }),
      dispatcher,
      requestsPerSecond: 0, // pacing would measure the limiter's sleep, not the client's work
      cacheTtlMs: 60_000,
    });
    const bare = bareSearch(`${sandbox.url}/synapse/drug/search`, { ...headers, authorization: `Bearer ${sandbox.credentials.apiKey}` });
    const viaClient = () => client.searchDrugs({ offset: 0, limit: 10 }, { bypassCache: true });
    // The sandbox process gets faster for its first couple of thousand answers while V8 optimizes
    // it; a slower server makes any client look cheaper, so both sides start against a warm one.
    for (let i = 0; i < 2000; i += 1) await bare();
    const { a: bareSample, b: clientSample, ratio } = await measurePair(['bare undici.request + JSON.parse', bare], ['client.searchDrugs (no cache)', viaClient]);
    const cached = await measure('client.searchDrugs (cache hit)', () => client.searchDrugs({ offset: 0, limit: 10 }), 2000, 50);

    // The other credential kind (docs/api-contract.md, Authentication): a cached token as Bearer plus the client id as `apikey`.
    // Both sides send the same token; the token exchange itself happens once, before timing.
    const { clientId, clientSecret } = sandbox.credentials;
    const pairClient = createPatsnapClient({
      baseUrl: sandbox.url,
      credentials: async () => ({ kind: 'client', clientId, clientSecret }),
      dispatcher,
      requestsPerSecond: 0,
      cacheTtlMs: 60_000,
    });
    const token = await fetchToken(sandbox.url, clientId, clientSecret, dispatcher);
    const barePair = bareSearch(`${sandbox.url}/synapse/drug/search?apikey=${encodeURIComponent(clientId)}`, { ...headers, authorization: `Bearer ${token}` });
    const viaPairClient = () => pairClient.searchDrugs({ offset: 0, limit: 10 }, { bypassCache: true });
    const pair = await measurePair(['bare, token + apikey', barePair], ['client.searchDrugs, client id + secret', viaPairClient]);

    for (const sample of [bareSample, clientSample, cached, pair.a, pair.b]) console.log(formatSample(sample));
    console.log(`median of per-round ratios: ${ratio.toFixed(3)} (API key), ${pair.ratio.toFixed(3)} (client id + secret)`);
    await pairClient.close();
    return [
      { name: 'client / bare undici (drug search, 10 items)', value: ratio, unit: 'ratio', target: '≤ 1.25', ok: ratio <= 1.25 },
      { name: 'the same with client id + secret (cached token)', value: pair.ratio, unit: 'ratio', target: '≤ 1.25', ok: pair.ratio <= 1.25 },
      { name: 'cached client call', value: cached.medianMs, unit: 'ms', target: '< 0.1 ms', ok: cached.medianMs < 0.1 },
    ];
  } finally {
    await dispatcher.close();
    await sandbox.close();
  }
}

/** The token exchange (docs/api-contract.md, Authentication), done by hand for the bare side. */
async function fetchToken(baseUrl: string, clientId: string, clientSecret: string, dispatcher: Agent): Promise<string> {
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
  const response = await request(`${baseUrl}/oauth/token`, {
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    dispatcher,
  });
  const answer = (await response.body.json()) as { token?: string; data?: { token?: string } };
  const token = answer.token ?? answer.data?.token;
  if (!token) throw new Error('the sandbox gave no token');
  return token;
}
