// Pacing adapts to the account's QPS answers: the setting is a ceiling, and a 67200002 halves the
// rate, which climbs back slowly. Two windows on one account then settle under its limit instead
// of showing the user QPS errors.
import * as assert from 'node:assert/strict';
import { RECOVERY_MS, RateLimiter } from '../../../src/api/rateLimit';
import { describeTwoWindows, runTwoWindows } from '../../support/twoWindows';
import { drugItem, drugPage } from './helpers/builders';
import { closeClients, harness } from './helpers/harness';
import { failure, fakeClock, ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';

function limiterAt(requestsPerSecond: number) {
  const clock = fakeClock();
  const limiter = new RateLimiter({ requestsPerSecond, now: clock.now, sleep: clock.sleep });
  return { clock, limiter };
}

describe('api adaptive pacing', () => {
  it('halves the rate on a QPS rejection and climbs back to the setting over RECOVERY_MS', () => {
    const { clock, limiter } = limiterAt(10);
    assert.equal(limiter.currentRate(), 10);
    limiter.slowDown(clock.now());
    assert.equal(limiter.currentRate(), 5);
    clock.advance(RECOVERY_MS / 2);
    assert.equal(limiter.currentRate(), 7.5);
    clock.advance(RECOVERY_MS / 2);
    assert.equal(limiter.currentRate(), 10);
    clock.advance(RECOVERY_MS);
    assert.equal(limiter.currentRate(), 10, 'never above the setting');
  });

  it('counts the rejections of requests sent before the last slow-down as the same overload', () => {
    const { clock, limiter } = limiterAt(8);
    const sentTogether = clock.now();
    clock.advance(50);
    limiter.slowDown(sentTogether);
    limiter.slowDown(sentTogether);
    limiter.slowDown(sentTogether);
    assert.equal(limiter.currentRate(), 4);
    clock.advance(10);
    limiter.slowDown(clock.now()); // sent after the slow-down, still refused: slow down again
    assert.ok(limiter.currentRate() < 2.1 && limiter.currentRate() > 1.9, String(limiter.currentRate()));
  });

  it('never slows below a sixteenth of the setting, and stays off when pacing is off', () => {
    const { clock, limiter } = limiterAt(16);
    for (let i = 0; i < 20; i++) limiter.slowDown(clock.now());
    assert.equal(limiter.currentRate(), 1);
    const off = limiterAt(0);
    off.limiter.slowDown(off.clock.now());
    assert.equal(off.limiter.spacingMs, 0);
  });

  it('spaces calls further apart after the server answers 67200002, and retries the refused call', async () => {
    let refused = false;
    const server = await startTestServer(() => {
      if (refused) return { body: ok(drugPage([drugItem('d')], 1)) };
      refused = true;
      return { body: failure(67200002) };
    });
    try {
      const waits: number[] = [];
      const clock = fakeClock();
      const { client } = harness(server.url, {
        requestsPerSecond: 10,
        cacheTtlMs: 0,
        now: clock.now,
        sleep: async (ms) => {
          waits.push(ms);
          await clock.sleep(ms);
        },
      });
      await client.searchDrugs({ offset: 0 });
      assert.equal(server.requests.length, 2, 'the refused call was retried');
      waits.length = 0;
      await client.searchDrugs({ offset: 1 });
      await client.searchDrugs({ offset: 2 });
      // 10 per second is a start every 105 ms; at half the rate, about 210 ms.
      assert.equal(waits.length, 2);
      for (const wait of waits) assert.ok(wait > 180 && wait <= 210, `waited ${wait} ms`);
    } finally {
      await closeClients();
      await server.close();
    }
  });

  it('two windows (two processes, one account) make 100 calls under its QPS limit with no error shown', async function () {
    this.timeout(90_000);
    // Each window may send 10 a second, the account takes 10 a second: together they are twice over.
    const result = await runTwoWindows({ calls: 100, qps: 10, requestsPerSecond: 10, concurrency: 2 });
    console.log(`      two windows: ${describeTwoWindows(result)}`);
    assert.deepEqual(result.failures, [], 'no call ended in an error');
    assert.ok(result.serverRejections >= 1, 'the windows did overload the account at first (else this proves nothing)');
    assert.ok(result.serverRejections <= 20, `${result.serverRejections} rejections: pacing did not settle under the limit`);
  });
});
