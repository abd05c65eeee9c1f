import * as assert from 'node:assert/strict';
import { collectItems, iterateDrugSearch } from '../../../src/api';
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

describe('api paging', () => {
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

  it('walks drug search by offset/limit and stops at total', async () => {
    catalog = { total: 25 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.drugs({ limit: 10, target: { value: ['t'] } }));
    assert.deepEqual(items.map((d) => d.id), Array.from({ length: 25 }, (_, i) => `d${i}`));
    assert.deepEqual(server.requests.map((r) => [body(r).offset, body(r).limit]), [[0, 10], [10, 10], [20, 10]]);
    assert.ok(server.requests.every((r) => JSON.stringify(body(r)).includes('"target"')), 'filters carried to every page');
  });

  it('shrinks the last drug-search page so offset + limit stays ≤ 10,000, then stops', async () => {
    catalog = { total: 50_000 };
    const { client } = harness(server.url);
    const pages = [];
    for await (const page of iterateDrugSearch(client, { offset: 8500, limit: 1000 })) pages.push(page);
    assert.deepEqual(server.requests.map((r) => [body(r).offset, body(r).limit]), [[8500, 1000], [9500, 500]]);
    assert.equal(pages.reduce((n, p) => n + p.items.length, 0), 1500);
    assert.ok(server.requests.every((r) => body(r).offset! + body(r).limit! <= 10_000));
  });

  it('stops at an empty page even if total promises more', async () => {
    catalog = { total: 100, emptyFrom: 20 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.drugs({ limit: 10 }));
    assert.equal(items.length, 20);
    assert.equal(server.requests.length, 3);
  });

  it('stops at a short page when the server sends no total', async () => {
    catalog = { total: 15, reportedTotal: null };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.milestones({ drugId: 'd', limit: 10 }));
    assert.equal(items.length, 15);
    assert.equal(server.requests.length, 2);
  });

  it('walks milestones by offset/limit from a starting offset', async () => {
    catalog = { total: 7 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.milestones({ drugId: 'd', offset: 2, limit: 2 }));
    assert.deepEqual(items.map((m) => m.date), ['m2', 'm3', 'm4', 'm5', 'm6']);
    assert.deepEqual(server.requests.map((r) => body(r).offset), [2, 4, 6]);
  });

  it('walks chemical papers by page/rows and stops at total', async () => {
    catalog = { total: 23 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.chemicalPapers({ inchiKeyId: '126213117', rows: 10, lang: 'EN' }));
    assert.equal(items.length, 23);
    assert.deepEqual(server.requests.map((r) => [body(r).page, body(r).rows]), [[1, 10], [2, 10], [3, 10]]);
  });

  it('walks sequence patents by page/size and stops exactly at total', async () => {
    catalog = { total: 30 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.sequencePatents({ seqId: 's', size: 10 }));
    assert.equal(items.length, 30);
    assert.deepEqual(server.requests.map((r) => body(r).page), [1, 2, 3]);
  });

  it('fetches no further than the consumer reads', async () => {
    catalog = { total: 1000 };
    const { client } = harness(server.url);
    const items = await collectItems(client.pages.drugs({ limit: 10 }), 15);
    assert.equal(items.length, 15);
    assert.equal(server.requests.length, 2);
  });

  it('stops paging when the signal aborts', async () => {
    catalog = { total: 1000 };
    const { client } = harness(server.url);
    const controller = new AbortController();
    let pages = 0;
    await assert.rejects(
      (async () => {
        for await (const _page of client.pages.drugs({ limit: 10 }, { signal: controller.signal })) {
          if (++pages === 2) controller.abort();
        }
      })(),
      (e: unknown) => e instanceof Error && (e as { category?: string }).category === 'cancelled',
    );
    assert.equal(server.requests.length, 2);
  });
});
