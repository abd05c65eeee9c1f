import * as assert from 'node:assert/strict';
import type { PatsnapClient } from '../../../src/api';
import { DRUG_SEARCH_WINDOW, Pager } from '../../../src/api';
import { allRows } from './helpers/allRows';
import { drugItem, milestoneItem, paperItem, patentItem } from './helpers/builders';
import { closeClients, harness } from './helpers/harness';
import { ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { RecordedRequest, TestServer } from './helpers/testServer';

interface Catalog {
  total: number;
  /** Reported total; defaults to `total`; null leaves it out. */
  reportedTotal?: number | null;
  /** Serve an empty page from this offset on, whatever total says. */
  emptyFrom?: number;
}

function body(req: RecordedRequest): Record<string, number> {
  return JSON.parse(req.body) as Record<string, number>;
}

function slice(catalog: Catalog, offset: number, count: number): number[] {
  const end = Math.min(catalog.total, offset + count, catalog.emptyFrom ?? Infinity);
  return Array.from({ length: Math.max(0, end - offset) }, (_, i) => offset + i);
}

function reported(catalog: Catalog): { total?: number } {
  return catalog.reportedTotal === null ? {} : { total: catalog.reportedTotal ?? catalog.total };
}

describe('api paging: the one pager against the client', () => {
  let server: TestServer;
  let catalog: Catalog = { total: 0 };
  before(async () => {
    server = await startTestServer((req) => {
      const b = body(req);
      switch (req.path) {
        case '/synapse/drug/search': {
          const ids = slice(catalog, b.offset ?? 0, b.limit ?? 10);
          return { body: ok({ items: ids.map((i) => drugItem(`d${i}`)), offset: b.offset, limit: b.limit, ...reported(catalog) }) };
        }
        case '/synapse/drug/milestone': {
          const ids = slice(catalog, b.offset ?? 0, b.limit ?? 10);
          return { body: ok({ items: ids.map((i) => milestoneItem({ date: `m${i}` })), ...reported(catalog) }) };
        }
        case '/synapse/chemical/paper/search': {
          const rows = b.rows ?? 10;
          const ids = slice(catalog, ((b.page ?? 1) - 1) * rows, rows);
          return { body: ok({ items: ids.map((i) => paperItem(`p${i}`)), page: b.page, rows, ...reported(catalog) }) };
        }
        default: {
          const ids = slice(catalog, ((b.page ?? 1) - 1) * (b.size ?? 10), b.size ?? 10);
          return { body: ok({ patents: ids.map((i) => patentItem(`pn${i}`)), ...reported(catalog) }) };
        }
      }
    });
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(closeClients);

  const drugPages = (client: PatsnapClient, pageSize: number, start?: number) =>
    new Pager((s, signal) => client.searchDrugs({ target: { value: ['t'] }, offset: s.offset, limit: s.limit }, { signal }), { pageSize, start, window: DRUG_SEARCH_WINDOW });

  it('walks drug search by offset/limit and stops at total', async () => {
    catalog = { total: 25 };
    const { client } = harness(server.url);
    const pager = drugPages(client, 10);
    await pager.loadAll();
    assert.deepEqual(pager.items.map((d) => d.id), Array.from({ length: 25 }, (_, i) => `d${i}`));
    assert.deepEqual(server.requests.map((r) => [body(r).offset, body(r).limit]), [[0, 10], [10, 10], [20, 10]]);
    assert.ok(server.requests.every((r) => JSON.stringify(body(r)).includes('"target"')), 'filters carried to every page');
  });

  it('shrinks the last drug-search page so offset + limit stays ≤ 10,000, then stops', async () => {
    catalog = { total: 50_000 };
    const { client } = harness(server.url);
    const pager = drugPages(client, 1000, 8500);
    await pager.loadAll();
    assert.deepEqual(server.requests.map((r) => [body(r).offset, body(r).limit]), [[8500, 1000], [9500, 500]]);
    assert.equal(pager.items.length, 1500);
    assert.equal(pager.state, 'complete');
    assert.ok(server.requests.every((r) => body(r).offset! + body(r).limit! <= 10_000));
  });

  it('stops at an empty page even if total promises more', async () => {
    catalog = { total: 100, emptyFrom: 20 };
    const { client } = harness(server.url);
    const pager = drugPages(client, 10);
    await pager.loadAll();
    assert.equal(pager.items.length, 20);
    assert.equal(server.requests.length, 3);
  });

  it('stops at a short page when the server sends no total', async () => {
    catalog = { total: 15, reportedTotal: null };
    const { client } = harness(server.url);
    const items = await allRows((s) => client.getDrugMilestones({ drugId: 'd', offset: s.offset, limit: s.limit }), { pageSize: 10 });
    assert.equal(items.length, 15);
    assert.equal(server.requests.length, 2);
  });

  it('walks milestones by offset/limit from a starting offset', async () => {
    catalog = { total: 7 };
    const { client } = harness(server.url);
    const items = await allRows((s) => client.getDrugMilestones({ drugId: 'd', offset: s.offset, limit: s.limit }), { pageSize: 2, start: 2 });
    assert.deepEqual(items.map((m) => m.date), ['m2', 'm3', 'm4', 'm5', 'm6']);
    assert.deepEqual(server.requests.map((r) => body(r).offset), [2, 4, 6]);
  });

  it('walks chemical papers by page/rows and stops at total', async () => {
    catalog = { total: 23 };
    const { client } = harness(server.url);
    const items = await allRows((s) => client.searchChemicalPapers({ inchiKeyId: '126213117', page: s.index + 1, rows: s.limit, lang: 'EN' }), { pageSize: 10 });
    assert.equal(items.length, 23);
    assert.deepEqual(server.requests.map((r) => [body(r).page, body(r).rows]), [[1, 10], [2, 10], [3, 10]]);
  });

  it('walks sequence patents by page/size and stops exactly at total', async () => {
    catalog = { total: 30 };
    const { client } = harness(server.url);
    const items = await allRows((s) => client.getSequencePatents({ seqId: 's', page: s.index + 1, size: s.limit }), { pageSize: 10 });
    assert.equal(items.length, 30);
    assert.deepEqual(server.requests.map((r) => body(r).page), [1, 2, 3]);
  });

  it('fetches no further than the consumer asks ("Load more" twice is two requests)', async () => {
    catalog = { total: 1000 };
    const { client } = harness(server.url);
    const pager = drugPages(client, 10);
    await pager.loadMore();
    await pager.loadMore();
    assert.equal(pager.items.length, 20);
    assert.equal(pager.hasMore, true);
    assert.equal(server.requests.length, 2);
  });

  it('stops paging when the signal aborts', async () => {
    catalog = { total: 1000 };
    const { client } = harness(server.url);
    const controller = new AbortController();
    const pager = drugPages(client, 10);
    await pager.loadMore(controller.signal);
    await pager.loadMore(controller.signal);
    controller.abort();
    await assert.rejects(pager.loadMore(controller.signal), (e: unknown) => e instanceof Error && (e as { category?: string }).category === 'cancelled');
    assert.equal(server.requests.length, 2);
    assert.equal(pager.items.length, 20, 'what was loaded is kept');
  });
});
