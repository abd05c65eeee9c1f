// Answers the client must refuse with a clear 'bad-response' (more items than asked for, totals
// that are no count, unusable IDs, unknown statuses, hostile keys, absurd nesting), and answers
// that needed defaults filled in, which are cached only briefly. All through the client, against
// a local server that answers whatever the test says.
import * as assert from 'node:assert/strict';
import { PatsnapError } from '../../../src/api';
import type { PatsnapClient } from '../../../src/api';
import { sarTaskDetailResponseSchema } from '../../../src/api/endpoints/sarTasks';
import { FILLED_IN_ANSWER_TTL_MS } from '../../../src/api/schemas/limits';
import { drugItem, drugPage, milestoneItem, paperItem, patentItem } from './helpers/builders';
import { closeClients, harness, rejection } from './helpers/harness';
import { ok, tokenAnswer } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { Reply, TestServer } from './helpers/testServer';

describe('api answers refused as bad-response', () => {
  let server: TestServer;
  let reply: Reply;
  before(async () => {
    server = await startTestServer((req) => (req.path === '/oauth/token' ? { body: tokenAnswer('tok-bounds-1234567') } : reply));
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(closeClients);

  // No retries, so each case is one request and one answer whatever the retry policy says.
  const client = (): PatsnapClient => harness(server.url, { maxRetries: 0 }).client;

  async function refused(call: (c: PatsnapClient) => Promise<unknown>, data: unknown | { text: string }): Promise<PatsnapError> {
    reply = typeof data === 'object' && data !== null && 'text' in data ? { text: (data as { text: string }).text } : { body: ok(data) };
    const error = await rejection(call(client()));
    assert.ok(error instanceof PatsnapError, String(error));
    assert.equal(error.category, 'bad-response', error.message);
    return error;
  }

  describe('more items than the request allows', () => {
    it('refuses 110,000 drugs for a request of limit 10, naming both numbers', async () => {
      const items = Array.from({ length: 110_000 }, () => ({ drug_id: 'd' }));
      const error = await refused((c) => c.searchDrugs({ limit: 10 }), { items, total: 110_000 });
      assert.match(error.message, /data\.items: 110000 items for a request of at most 10/);
    });

    it('applies the page default (10) when the request gives no limit, and each endpoint its own size field', async () => {
      await refused((c) => c.searchDrugs({}), drugPage(Array.from({ length: 11 }, (_, i) => drugItem(`d${i}`)), 11));
      await refused((c) => c.getDrugMilestones({ drugId: 'd1', limit: 2 }), { items: [milestoneItem(), milestoneItem(), milestoneItem()] });
      await refused((c) => c.searchChemicalPapers({ inchiKeyId: '1', rows: 1 }), { items: [paperItem('a'), paperItem('b')] });
      const error = await refused((c) => c.getSequencePatents({ seqId: 's', page: 1, size: 1 }), { patents: [patentItem('A'), patentItem('B')] });
      assert.match(error.message, /data\.patents: 2 items for a request of at most 1/);
    });

    it('accepts a full page (exactly the limit)', async () => {
      reply = { body: ok(drugPage([drugItem('a'), drugItem('b')], 2, 0, 2)) };
      assert.equal((await client().searchDrugs({ limit: 2 })).items.length, 2);
    });
  });

  describe('totals, offsets and counts that are no count', () => {
    for (const total of [-1, 12.5, '12.5', '-3', 1e300]) {
      it(`refuses total ${JSON.stringify(total)}`, async () => {
        const error = await refused((c) => c.searchDrugs({}), { items: [], total });
        assert.match(error.message, /data\.total: expected a whole number ≥ 0/);
      });
    }

    it('refuses a negative offset, a fractional page size and a negative structure count', async () => {
      await refused((c) => c.getDrugMilestones({ drugId: 'd1' }), { items: [], offset: -10 });
      await refused((c) => c.searchChemicalPapers({ inchiKeyId: '1' }), { items: [], rows: 2.5 });
      const error = await refused((c) => c.searchChemicalPapers({ inchiKeyId: '1' }), { items: [paperItem('p', { structure_count: -5 })] });
      assert.match(error.message, /data\.items\[0\]\.structure_count/);
    });

    it('still reads whole numbers sent as text', async () => {
      reply = { body: ok({ items: [], total: '42' }) };
      assert.equal((await client().searchDrugs({})).total, 42);
    });
  });

  describe('IDs that cannot serve as IDs', () => {
    for (const [title, value] of [['empty', ''], ['blank', '   '], ['a NUL', 'a\u0000b'], ['a line break', 'a\r\nb'], ['a bidi override', '\u202Eevil'], ['a zero-width space', 'a\u200Bb'], ['129 characters', 'x'.repeat(129)]] as const) {
      it(`refuses a drug ID with ${title}`, async () => {
        const error = await refused((c) => c.searchDrugs({}), drugPage([drugItem(value)], 1));
        assert.match(error.message, /data\.items\[0\]\.drug_id: expected an ID/);
      });
    }

    it('checks the IDs of nested entities, patents, papers, SAR files and created tasks too', async () => {
      await refused((c) => c.getDrugMilestones({ drugId: 'd1' }), { items: [milestoneItem({ disease: [{ disease_id: '', display_name: [] }] })] });
      await refused((c) => c.getSequencePatents({ seqId: 's', page: 1, size: 10 }), { patents: [patentItem('\u0007')] });
      await refused((c) => c.searchChemicalPapers({ inchiKeyId: '1' }), { items: [paperItem(' ')] });
      await refused((c) => c.getSarTaskDetail({ taskId: 't' }), { status: 'SUCCESS', files: [{ file_id: '', status: 'SUCCESS' }] });
      await refused((c) => c.createSarTask({ pn: 'US1' }), { status: 'PENDING', task_id: '' });
    });
  });

  describe('values outside the pages\' enumerations', () => {
    it('refuses a task status that is no state word, naming the ones it knows', async () => {
      const error = await refused((c) => c.getSarTaskDetail({ taskId: 't' }), { status: 'done; \u202Eevil', files: [] });
      assert.match(error.message, /data\.status: expected one of PENDING, PROCESSING, SUCCESS, FAILED, NOT_FOUND, or a state in upper-case letters/);
    });

    it('keeps an unlisted task state written as the page writes states, for the poller to show as unknown', async () => {
      reply = { body: ok({ status: 'ANALYSING', files: [] }) };
      const detail = await client().getSarTaskDetail({ taskId: 't' });
      assert.equal(detail.status, 'ANALYSING');
    });

    it('refuses a lower-case status, an over-long one, a file status the page does not list for files, and a created status that is no state word', async () => {
      await refused((c) => c.getSarTaskDetail({ taskId: 't' }), { status: 'success', files: [] });
      await refused((c) => c.getSarTaskDetail({ taskId: 't' }), { status: 'A'.repeat(41), files: [] });
      await refused((c) => c.getSarTaskDetail({ taskId: 't' }), { status: 'SUCCESS', files: [{ file_id: 'f', status: 'NOT_FOUND' }] });
      await refused((c) => c.createSarTask({ pn: 'US1' }), { status: 'queued?', task_id: 't1' });
    });
  });

  describe('hostile keys and nesting', () => {
    // Written as text: a JS object literal with __proto__ would set the prototype instead of a key.
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      it(`refuses "${key}" in an item, and leaves Object.prototype alone`, async () => {
        const text = `{"status":true,"error_code":0,"data":{"items":[{"drug_id":"a","${key}":{"polluted":true}}],"total":1}}`;
        const error = await refused((c) => c.searchDrugs({}), { text });
        assert.match(error.message, new RegExp(`data\\.items\\[0\\]\\.${key}: a key no answer may carry`));
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }

    it('refuses "__proto__" as a sequence location key (a record the reader would otherwise copy)', async () => {
      const text = '{"status":true,"error_code":0,"data":{"patents":[{"pn":"A","location":{"__proto__":["1"]}}],"total":1}}';
      await refused((c) => c.getSequencePatents({ seqId: 's', page: 1, size: 10 }), { text });
    });

    it('refuses "__proto__" in a token answer', async () => {
      server.setHandler((req) =>
        req.path === '/oauth/token' ? { text: '{"token":"tok-abcdef-123456","expires_in":1799,"__proto__":{"token":"x"}}' } : { body: ok(drugPage([], 0)) },
      );
      try {
        const { client: c } = harness(server.url, { maxRetries: 0, credentials: async () => ({ kind: 'client', clientId: 'cid-123456', clientSecret: 'secret-123456' }) });
        const error = await rejection(c.searchDrugs({}));
        assert.ok(error instanceof PatsnapError && error.category === 'bad-response', String(error));
        assert.match(error.message, /body\.__proto__/);
      } finally {
        server.setHandler((req) => (req.path === '/oauth/token' ? { body: tokenAnswer('tok-bounds-1234567') } : reply));
      }
    });

    it('never reads a field through a prototype, even in a schema run without the answer check', () => {
      const data: unknown = JSON.parse('{"status":"SUCCESS","files":[{"__proto__":{"file_id":"from-prototype","status":"SUCCESS"}}]}');
      const result = sarTaskDetailResponseSchema.safeParse(data);
      assert.equal(result.success, false, 'file_id exists only on the prototype the key would have set');
    });

    it('refuses nesting deeper than 32 levels anywhere in the answer', async () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 40; i++) deep = [deep];
      const error = await refused((c) => c.searchDrugs({}), { items: [], total: 0, extra: deep });
      assert.match(error.message, /nests deeper than 32 levels/);
    });
  });
});

describe('api cache: answers that needed defaults filled in', () => {
  let server: TestServer;
  let data: unknown;
  before(async () => {
    server = await startTestServer(() => ({ body: ok(data) }));
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(closeClients);

  it(`keeps a complete answer for the cache lifetime, one with absent or null fields only ${FILLED_IN_ANSWER_TTL_MS / 1000} s`, async () => {
    const { client, clock } = harness(server.url);
    data = drugPage([drugItem('a')], 1, 0, 10);
    await client.searchDrugs({ limit: 10 });
    clock.advance(FILLED_IN_ANSWER_TTL_MS + 1);
    await client.searchDrugs({ limit: 10 });
    assert.equal(server.requests.length, 1, 'a complete answer is served from the cache');

    // The drug's types and the page's offset are missing: read as [] and undefined.
    data = { items: [{ drug_id: 'b', drug_name: [], drug_type: null }], total: 1, limit: 10, total_dev_status: 0 };
    const degraded = await client.searchDrugs({ limit: 11 });
    assert.deepEqual(degraded.items[0]?.types, []);
    clock.advance(FILLED_IN_ANSWER_TTL_MS - 1);
    await client.searchDrugs({ limit: 11 });
    assert.equal(server.requests.length, 2, 'served from the cache within the short lifetime');
    clock.advance(1);
    data = drugPage([drugItem('b')], 1, 0, 11);
    const fresh = await client.searchDrugs({ limit: 11 });
    assert.equal(server.requests.length, 3, 'asked again once the short lifetime is over');
    assert.equal(fresh.items[0]?.types.length, 1);
  });

  it('never lengthens a shorter cache lifetime setting', async () => {
    const { client, clock } = harness(server.url, { cacheTtlMs: 1_000 });
    data = { items: [], total: 0 };
    await client.searchDrugs({});
    clock.advance(1_000);
    await client.searchDrugs({});
    assert.equal(server.requests.length, 2);
  });
});
