import * as assert from 'node:assert/strict';
import { PatsnapError } from '../../../src/api';
import { backoffDelay } from '../../../src/api/retry';
import { drugItem, drugPage } from './helpers/builders';
import { closeClients, harness, rejection } from './helpers/harness';
import { failure, ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { Handler, TestServer } from './helpers/testServer';

/** Answers with `failures` in turn, then succeeds. */
function sequence(failures: Handler[], success: Handler = () => ({ body: ok(drugPage([drugItem('d1')], 1)) })): Handler {
  let i = 0;
  return (req, res) => (i < failures.length ? failures[i++]!(req, res) : success(req, res));
}

const busy: Handler = () => ({ body: failure(67200100) });
const rate: Handler = () => ({ body: failure(67200002) });
const http503: Handler = () => ({ status: 503, text: 'Service Unavailable' });
const reset: Handler = (_req, res) => {
  res.socket?.destroy();
  return undefined;
};

describe('api retries', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(busy);
  });
  after(() => server.close());
  afterEach(closeClients);

  it('computes exponential backoff with full jitter, capped', () => {
    const policy = (r: number) => ({ maxRetries: 5, baseDelayMs: 500, maxDelayMs: 3000, random: () => r });
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy(0.5))), [250, 500, 1000, 1500, 1500]);
    assert.deepEqual([0, 1, 2].map((n) => backoffDelay(n, policy(0))), [0, 0, 0]);
    assert.ok([0, 1, 2, 3].every((n) => backoffDelay(n, policy(0.999999)) < Math.min(3000, 500 * 2 ** n)));
  });

  for (const [title, handler] of [
    ['busy (67200100)', busy],
    ['service error (68300008)', (() => ({ body: failure(68300008) })) as Handler],
    ['rate (67200002)', rate],
    ['HTTP 503', http503],
    ['a connection reset', reset],
  ] as [string, Handler][]) {
    it(`retries ${title} and succeeds`, async () => {
      server.setHandler(sequence([handler, handler]));
      const before = server.requests.length;
      const { client, clock, logger } = harness(server.url);
      const page = await client.searchDrugs({ limit: 1 });
      assert.equal(page.items[0]?.id, 'd1');
      assert.equal(server.requests.length - before, 3);
      assert.deepEqual(clock.sleeps, [250, 500], 'full-jitter waits from the injected sleep (random = 0.5)');
      assert.equal(client.stats().retries, 2);
      assert.match(logger.text(), /retry 1\/3/);
    });
  }

  it('stops after maxRetries and throws the last error', async () => {
    server.setHandler(busy);
    const before = server.requests.length;
    const { client, clock, logger } = harness(server.url, { maxRetries: 2 });
    const error = await rejection(client.searchDrugs({}));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'busy');
    assert.equal(server.requests.length - before, 3, 'one attempt plus two retries');
    assert.equal(clock.sleeps.length, 2);
    assert.match(logger.text(), /error POST \/synapse\/drug\/search failed.*after 2 retries/);
  });

  it('defaults to 3 retries', async () => {
    server.setHandler(http503);
    const before = server.requests.length;
    const { client } = harness(server.url);
    await rejection(client.searchDrugs({}));
    assert.equal(server.requests.length - before, 4);
  });

  it('does not retry when maxRetries is 0', async () => {
    server.setHandler(busy);
    const before = server.requests.length;
    const { client } = harness(server.url, { maxRetries: 0 });
    await rejection(client.searchDrugs({}));
    assert.equal(server.requests.length - before, 1);
  });

  for (const [title, code, status] of [
    ['auth (67200003, API key)', 67200003, 200],
    ['auth (HTTP 401, API key)', 0, 401],
    ['permission (67200004)', 67200004, 200],
    ['permission (HTTP 403)', 0, 403],
    ['quota (67200000)', 67200000, 200],
    ['quota (67200001)', 67200001, 200],
    ['quota (67200005)', 67200005, 200],
    ['quota (67200007)', 67200007, 200],
    ['invalid (68300004)', 68300004, 200],
    ['invalid (67200012)', 67200012, 200],
    ['activation expired (67200006)', 67200006, 200],
  ] as [string, number, number][]) {
    it(`never retries ${title}`, async () => {
      server.setHandler(() => (code ? { status, body: failure(code) } : { status, body: {} }));
      const before = server.requests.length;
      const { client, clock } = harness(server.url);
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.retryable, false);
      assert.equal(server.requests.length - before, 1);
      assert.deepEqual(clock.sleeps, []);
    });
  }

  it('does not repeat createSarTask after a failure that may have reached the server', async () => {
    server.setHandler(busy);
    const before = server.requests.length;
    const { client } = harness(server.url);
    const error = await rejection(client.createSarTask({ pn: 'US1234567B2' }));
    assert.ok(error instanceof PatsnapError && error.category === 'busy');
    assert.equal(server.requests.length - before, 1);
  });

  it('repeats createSarTask after a QPS rejection', async () => {
    server.setHandler(sequence([rate], () => ({ body: ok({ status: 'PENDING', task_id: 'task-1' }) })));
    const { client } = harness(server.url);
    assert.deepEqual(await client.createSarTask({ pn: 'US1234567B2' }), { status: 'PENDING', taskId: 'task-1' });
  });
});
