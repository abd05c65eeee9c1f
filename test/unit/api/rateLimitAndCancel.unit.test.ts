import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { PatsnapError } from '../../../src/api';
import { RateLimiter } from '../../../src/api/rateLimit';
import { drugItem, drugPage } from './helpers/builders';
import { clientCredentials, closeClients, harness, rejection } from './helpers/harness';
import { failure, fakeClock, ok, tokenAnswer } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

/** Grant times of `count` back-to-back acquires under a clock that moves only when told. */
async function grants(limiter: RateLimiter, count: number, now: () => number, waits: number[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = waits.length;
    const at = now();
    await limiter.acquire();
    out.push(at + (waits.length > before ? (waits.at(-1) ?? 0) : 0));
  }
  return out;
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (const start of times) max = Math.max(max, times.filter((t) => t >= start && t < start + windowMs).length);
  return max;
}

/** A sleep that never finishes on its own: only an abort ends it. */
const endlessSleep = (_ms: number, signal?: AbortSignal) =>
  new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));

describe('api rate limiter', () => {
  it('spaces a burst of 50 so no second holds more than the configured rate (fake time)', async () => {
    const clock = fakeClock();
    const waits: number[] = [];
    const limiter = new RateLimiter({ requestsPerSecond: 10, now: clock.now, sleep: async (ms) => void waits.push(ms) });
    const times = await grants(limiter, 50, clock.now, waits);
    assert.equal(times[0], clock.now(), 'the first call goes at once');
    assert.ok(maxInAnyWindow(times, 1000) <= 10, `max ${maxInAnyWindow(times, 1000)} per second`);
    assert.ok(times.every((t, i) => i === 0 || t > times[i - 1]!), 'first come, first served');
  });

  it('does not make a caller wait after an idle period', async () => {
    const clock = fakeClock();
    const waits: number[] = [];
    const limiter = new RateLimiter({ requestsPerSecond: 2, now: clock.now, sleep: async (ms) => void waits.push(ms) });
    await limiter.acquire();
    clock.advance(5_000);
    await limiter.acquire();
    assert.deepEqual(waits, []);
    await limiter.acquire();
    assert.equal(waits.length, 1);
    assert.ok(waits[0]! >= 500);
  });

  it('is off at 0 requests per second', async () => {
    const clock = fakeClock();
    const waits: number[] = [];
    const limiter = new RateLimiter({ requestsPerSecond: 0, now: clock.now, sleep: async (ms) => void waits.push(ms) });
    await Promise.all(Array.from({ length: 20 }, () => limiter.acquire()));
    assert.deepEqual(waits, []);
  });

  it('paces every client call, a burst of 50 included', async () => {
    const server = await startTestServer(() => ({ body: ok(drugPage([drugItem('d')], 1)) }));
    try {
      const waits: number[] = [];
      const { client } = harness(server.url, { requestsPerSecond: 10, cacheTtlMs: 0, sleep: async (ms) => void waits.push(ms) });
      await Promise.all(Array.from({ length: 50 }, (_, i) => client.searchDrugs({ offset: i })));
      assert.equal(server.requests.length, 50);
      assert.equal(waits.length, 49, 'all but the first waited for a slot');
      const sorted = [...waits].sort((a, b) => a - b);
      const starts = [0, ...sorted];
      assert.ok(maxInAnyWindow(starts, 1000) <= 10);
      assert.equal(client.stats().retries, 0);
    } finally {
      await closeClients();
      await server.close();
    }
  });
});

describe('api cancellation and timeouts', () => {
  let server: TestServer;
  let held: ServerResponse[] = [];
  beforeEach(async () => {
    held = [];
    server = await startTestServer((_req, res) => {
      held.push(res);
      return undefined; // hold the response
    });
  });
  afterEach(async () => {
    await closeClients();
    for (const res of held) res.destroy();
    await server.close();
  });

  it('rejects at once, without I/O, when the signal is already aborted', async () => {
    const { client } = harness(server.url);
    const error = await rejection(client.searchDrugs({}, { signal: AbortSignal.abort() }));
    assert.ok(error instanceof PatsnapError && error.category === 'cancelled');
    assert.equal(server.requests.length, 0);
  });

  it('cancels mid-request while the server holds the answer, and closes the socket', async () => {
    const { client, logger } = harness(server.url);
    const controller = new AbortController();
    const call = client.searchDrugs({}, { signal: controller.signal });
    await server.nextRequest();
    const res = held[0]!;
    const closed = once(res, 'close');
    controller.abort();
    const error = await rejection(call);
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'cancelled');
    assert.equal(error.retryable, false);
    await closed; // the client hung up instead of waiting for the answer
    assert.equal(server.requests.length, 1, 'no retry after a cancel');
    assert.match(logger.text(), /cancelled/);
  });

  it('times out a held request with a timeout error naming the wait, and starts no retry after it', async () => {
    const single = harness(server.url, { timeoutMs: 50, maxRetries: 0 }).client;
    const error = await rejection(single.searchDrugs({}));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'timeout');
    assert.equal(error.retryable, true, 'a later call may succeed');
    assert.match(error.message, /50 ms/);
    assert.match(error.userMessage, /did not answer within 50 ms/);
    const before = server.requests.length;
    const retrying = harness(server.url, { timeoutMs: 50, maxRetries: 2 }).client;
    const again = await rejection(retrying.searchDrugs({ limit: 2 }));
    assert.ok(again instanceof PatsnapError && again.category === 'timeout');
    assert.equal(server.requests.length - before, 1);
  });

  it('cancels during the backoff wait', async () => {
    server.setHandler(() => ({ body: failure(67200100) }));
    const controller = new AbortController();
    let sleeping!: () => void;
    const asleep = new Promise<void>((resolve) => (sleeping = resolve));
    const { client } = harness(server.url, {
      sleep: (ms, signal) => {
        sleeping();
        return endlessSleep(ms, signal);
      },
    });
    const call = client.searchDrugs({}, { signal: controller.signal });
    await asleep;
    controller.abort();
    const error = await rejection(call);
    assert.ok(error instanceof PatsnapError && error.category === 'cancelled');
    assert.equal(server.requests.length, 1);
  });

  it('cancels during the rate-limit wait, before any request', async () => {
    server.setHandler(() => ({ body: ok(drugPage([], 0)) }));
    const waits: number[] = [];
    const { client } = harness(server.url, {
      requestsPerSecond: 1,
      sleep: (ms, signal) => {
        waits.push(ms);
        return endlessSleep(ms, signal);
      },
    });
    await client.searchDrugs({ offset: 0 });
    const controller = new AbortController();
    const call = client.searchDrugs({ offset: 1 }, { signal: controller.signal });
    while (waits.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await rejection(call);
    assert.ok(error instanceof PatsnapError && error.category === 'cancelled');
    assert.equal(server.requests.length, 1);
  });

  it('lets one caller give up on a shared token request without failing the others', async () => {
    let releaseToken!: () => void;
    const tokenHeld = new Promise<void>((resolve) => (releaseToken = resolve));
    server.setHandler(async (req) => {
      if (req.path === '/oauth/token') {
        await tokenHeld;
        return { body: tokenAnswer('tok-shared-123') };
      }
      return { body: ok(drugPage([], 0)) };
    });
    const { client } = harness(server.url, { credentials: async () => clientCredentials });
    const controller = new AbortController();
    const quitter = client.searchDrugs({ offset: 1 }, { signal: controller.signal });
    const stayer = client.searchDrugs({ offset: 2 });
    await server.nextRequest();
    controller.abort();
    const error = await rejection(quitter);
    assert.ok(error instanceof PatsnapError && error.category === 'cancelled');
    releaseToken();
    assert.equal((await stayer).items.length, 0);
    assert.equal(server.on('/oauth/token').length, 1);
  });
});
