// The request timeout is the deadline of the whole call: however the server stalls (no answer, a
// body dripped a byte at a time, a token exchange that hangs, a rate-limit queue), the call ends
// near the timeout the user set, not a multiple of it. Elapsed times are real; the bounds are
// generous (this is not a speed test), but far below what one retry more would take.
import * as assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { PatsnapError } from '../../../src/api';
import { MAX_RESPONSE_BYTES } from '../../../src/api/http';
import { startSlowServer } from '../../support/slowServers';
import type { SlowServer } from '../../support/slowServers';
import { drugItem, drugPage } from './helpers/builders';
import { clientCredentials, closeClients, harness, rejection } from './helpers/harness';
import { failure, ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

const TIMEOUT_MS = 1_000;
/** Well under what a second attempt (another full timeout) would add. */
const NEAR_DEADLINE_MS = TIMEOUT_MS + 700;

/** Real time and sleep, the client's default retries and backoff: only the deadline stops it. */
const realTime = { now: Date.now, sleep: undefined, random: Math.random, timeoutMs: TIMEOUT_MS } as const;

async function timed(call: Promise<unknown>): Promise<{ error: PatsnapError; elapsedMs: number }> {
  const started = Date.now();
  const error = await rejection(call);
  assert.ok(error instanceof PatsnapError, String(error));
  return { error, elapsedMs: Date.now() - started };
}

function assertEndedAtDeadline(result: { error: PatsnapError; elapsedMs: number }): void {
  assert.equal(result.error.category, 'timeout', result.error.message);
  assert.ok(result.elapsedMs >= TIMEOUT_MS - 50, `ended after ${result.elapsedMs} ms, before the deadline`);
  assert.ok(result.elapsedMs < NEAR_DEADLINE_MS, `ended after ${result.elapsedMs} ms, long past the ${TIMEOUT_MS} ms deadline`);
  assert.match(result.error.userMessage, /did not answer within 1 s/);
}

describe('api call deadline', () => {
  afterEach(closeClients);

  describe('against servers that never finish', () => {
    let slow: SlowServer | undefined;
    afterEach(async () => {
      await slow?.close();
      slow = undefined;
    });

    it('ends a call to a hanging server at the deadline, retries included (not once per attempt)', async () => {
      slow = await startSlowServer('hang');
      const { client } = harness(slow.url, realTime);
      assertEndedAtDeadline(await timed(client.searchDrugs({})));
      assert.equal(slow.requests, 1, 'no retry starts once the time is up');
    });

    it('ends a call whose body is dripped a byte at a time at the deadline', async () => {
      slow = await startSlowServer('drip');
      const { client } = harness(slow.url, realTime);
      assertEndedAtDeadline(await timed(client.searchDrugs({})));
    });

    it('ends overlapping calls each at its own deadline, also after earlier calls ended early', async () => {
      // One timer serves every deadline of a client, armed by the first call: when it fires for
      // that (long ended) call, it must re-arm for each call still running.
      const held: ServerResponse[] = [];
      let answered = 0;
      // The first request is answered at once; every later one is held.
      const server = await startTestServer((_req, res) => (answered++ === 0 ? { body: ok(drugPage([drugItem('d')], 1)) } : void held.push(res)));
      try {
        const { client } = harness(server.url, { ...realTime, cacheTtlMs: 0 });
        await client.searchDrugs({});
        await new Promise((resolve) => setTimeout(resolve, 300));
        const first = timed(client.searchDrugs({ offset: 1 }));
        await new Promise((resolve) => setTimeout(resolve, 400));
        const second = timed(client.searchDrugs({ offset: 2 }));
        assertEndedAtDeadline(await first);
        assertEndedAtDeadline(await second);
      } finally {
        for (const res of held) res.destroy();
        await server.close();
      }
    });

    it('bounds the token exchange by the same deadline', async () => {
      slow = await startSlowServer('hang');
      const { client } = harness(slow.url, { ...realTime, credentials: async () => clientCredentials });
      const result = await timed(client.searchDrugs({}));
      assertEndedAtDeadline(result);
      assert.equal(client.stats().httpRequests, 0, 'no business request without a token');
    });
  });

  describe('against a scripted server', () => {
    let server: TestServer;
    afterEach(() => server.close());

    it('ends a call waiting for a rate-limit slot at the deadline, before sending it', async () => {
      server = await startTestServer(() => ({ body: ok(drugPage([drugItem('d')], 1)) }));
      // One request every ~2 s: the second call's slot lies beyond its 1 s deadline.
      const { client } = harness(server.url, { ...realTime, requestsPerSecond: 0.5, cacheTtlMs: 0 });
      await client.searchDrugs({ offset: 0 });
      assertEndedAtDeadline(await timed(client.searchDrugs({ offset: 1 })));
      assert.equal(server.requests.length, 1);
    });

    it('starts no backoff wait that would end past the deadline, and reports the last failure', async () => {
      server = await startTestServer(() => ({ body: failure(67200100) }));
      // Fake time: waits of 300 and then 600 ms fit in 1 s; the next (1,200 ms) does not.
      const { client, clock } = harness(server.url, { timeoutMs: TIMEOUT_MS, retryBaseDelayMs: 600, maxRetries: 5 });
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.category, 'busy', 'the failure the user can act on, not a timeout that did not happen');
      assert.deepEqual(clock.sleeps, [300, 600]);
      assert.equal(server.requests.length, 3);
    });

    it('still reports a cancellation by the caller as cancelled, not as a timeout', async () => {
      const held: ServerResponse[] = [];
      server = await startTestServer((_req, res) => void held.push(res));
      const { client } = harness(server.url, realTime);
      const controller = new AbortController();
      const call = client.searchDrugs({}, { signal: controller.signal });
      await server.nextRequest();
      controller.abort();
      const error = await rejection(call);
      assert.ok(error instanceof PatsnapError && error.category === 'cancelled');
      for (const res of held) res.destroy();
    });
  });

  describe('response size cap', () => {
    let server: TestServer;
    afterEach(() => server.close());

    it('stops reading a chunked body past the cap and fails with a clear bad-response, not retried', async () => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      server = await startTestServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"status":true,"error_code":0,"data":{"items":[');
        const pump = (): void => {
          // Twice the cap at most: a client that kept reading would get it all.
          while (sent < 2 * MAX_RESPONSE_BYTES && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end(']}}');
        };
        pump();
        return undefined;
      });
      const { client } = harness(server.url, { timeoutMs: 10_000 });
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.category, 'bad-response');
      assert.match(error.message, /larger than 16 MiB/);
      assert.equal(server.requests.length, 1, 'the same request would bring the same flood');
      assert.ok(sent < 2 * MAX_RESPONSE_BYTES, `the server got to send ${sent} bytes: the client read on`);
    });

    it('refuses a declared length over the cap before reading the body', async () => {
      server = await startTestServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(MAX_RESPONSE_BYTES + 1) });
        res.write('{"status":true'); // and nothing more: only the declared length can end the call at once
        return undefined;
      });
      const { client } = harness(server.url, realTime);
      const started = Date.now();
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError && error.category === 'bad-response', String(error));
      assert.ok(Date.now() - started < TIMEOUT_MS, 'refused on the header, without waiting for the body');
    });

    it('reads an answer just under the cap', async () => {
      const name = 'x'.repeat(MAX_RESPONSE_BYTES - 1024);
      server = await startTestServer(() => ({ body: ok(drugPage([drugItem('big', { drug_name: [{ lang: 'EN', name }] })], 1)) }));
      const { client } = harness(server.url, { timeoutMs: 10_000 });
      const page = await client.searchDrugs({});
      assert.equal(page.items[0]?.id, 'big');
    });
  });

  describe('malformed answers', () => {
    let server: TestServer;
    afterEach(() => server.close());

    it('asks a read once more after a malformed answer, and uses the good one', async () => {
      const answers = [{ text: '{"status":true,"data":{"items":[' }, { body: ok(drugPage([drugItem('second')], 1)) }];
      server = await startTestServer(() => answers.shift() ?? { body: failure(68300005) });
      const { client } = harness(server.url);
      const page = await client.searchDrugs({});
      assert.equal(page.items[0]?.id, 'second');
      assert.equal(server.requests.length, 2);
    });

    it('retries a malformed answer only once, whatever the retry budget', async () => {
      server = await startTestServer(() => ({ body: ok({ items: 'not a list', total: 1 }) }));
      const { client } = harness(server.url, { maxRetries: 3 });
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError && error.category === 'bad-response');
      assert.equal(server.requests.length, 2);
    });

    it('does not repeat creating a SAR task after a malformed answer (it may have been created)', async () => {
      server = await startTestServer(() => ({ text: 'not json' }));
      const { client } = harness(server.url, { maxRetries: 3 });
      const error = await rejection(client.createSarTask({ pn: 'US1234567B2' }));
      assert.ok(error instanceof PatsnapError && error.category === 'bad-response');
      assert.equal(server.requests.length, 1);
    });
  });
});
