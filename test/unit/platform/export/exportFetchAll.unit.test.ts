import * as assert from 'node:assert/strict';
import type { Page, PageSpan } from '../../../../src/api';
import { ExportCancelled, fetchAllPages } from '../../../../src/platform/export/fetchAll';

/** A server of `count` numbered rows, paged by index; records which pages were asked for. */
function server(count: number, pageSize: number, sendTotal = true) {
  const asked: number[] = [];
  const fetch = ({ index }: PageSpan): Promise<Page<number>> => {
    asked.push(index);
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, count - index * pageSize)) }, (_, i) => index * pageSize + i);
    return Promise.resolve({ items, total: sendTotal ? count : undefined });
  };
  return { asked, fetch };
}

const signal = () => new AbortController().signal;

describe('export: fetching every page', () => {
  it('stops at the total without asking for a page past it', async () => {
    const s = server(250, 100);
    const progress: [number, number | undefined][] = [];
    const got = await fetchAllPages(s.fetch, { pageSize: 100, signal: signal(), onPage: (n, t) => progress.push([n, t]) });
    assert.equal(got.items.length, 250);
    assert.deepEqual(got.items.slice(0, 3), [0, 1, 2]);
    assert.equal(got.items[249], 249);
    assert.deepEqual(s.asked, [0, 1, 2]);
    assert.deepEqual(progress, [[100, 250], [200, 250], [250, 250]]);
    assert.equal(got.truncated, false);
  });

  it('stops at an exact multiple of the page size when the total says so', async () => {
    const s = server(200, 100);
    await fetchAllPages(s.fetch, { pageSize: 100, signal: signal() });
    assert.deepEqual(s.asked, [0, 1]);
  });

  it('without a total, stops at a short page, or at an empty one', async () => {
    const short = server(150, 100, false);
    assert.equal((await fetchAllPages(short.fetch, { pageSize: 100, signal: signal() })).items.length, 150);
    assert.deepEqual(short.asked, [0, 1]);
    const even = server(200, 100, false);
    assert.equal((await fetchAllPages(even.fetch, { pageSize: 100, signal: signal() })).items.length, 200);
    assert.deepEqual(even.asked, [0, 1, 2]);
  });

  it('stops when the total is larger than what the server really has', async () => {
    const asked: number[] = [];
    const got = await fetchAllPages(({ index: i }) => { asked.push(i); return Promise.resolve({ items: i === 0 ? [1, 2] : [], total: 1000 }); }, { pageSize: 2, signal: signal() });
    assert.deepEqual(got.items, [1, 2]);
    assert.deepEqual(asked, [0, 1]);
  });

  it('stops before the next page when cancelled, and throws ExportCancelled', async () => {
    const controller = new AbortController();
    const s = server(1000, 100);
    await assert.rejects(
      fetchAllPages(s.fetch, { pageSize: 100, signal: controller.signal, onPage: (n) => { if (n >= 200) controller.abort(); } }),
      ExportCancelled,
    );
    assert.deepEqual(s.asked, [0, 1]);
  });

  it('does not use a page that arrived after the cancel', async () => {
    const controller = new AbortController();
    const late = (): Promise<Page<number>> => { controller.abort(); return Promise.resolve({ items: [1], total: 5 }); };
    const seen: number[] = [];
    await assert.rejects(fetchAllPages(late, { pageSize: 1, signal: controller.signal, onPage: (n) => seen.push(n) }), ExportCancelled);
    assert.deepEqual(seen, []);
  });

  it('asks for nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const s = server(10, 5);
    await assert.rejects(fetchAllPages(s.fetch, { pageSize: 5, signal: controller.signal }), ExportCancelled);
    assert.deepEqual(s.asked, []);
  });

  it('caps the rows and says the export was cut short', async () => {
    const s = server(1000, 100);
    const got = await fetchAllPages(s.fetch, { pageSize: 100, signal: signal(), maxRows: 250 });
    assert.equal(got.items.length, 250);
    assert.equal(got.truncated, true);
    assert.deepEqual(s.asked, [0, 1, 2]);
  });

  it('passes the signal to each page fetch so Cancel can stop the socket', async () => {
    const controller = new AbortController();
    const signals: AbortSignal[] = [];
    await fetchAllPages(({ index: i }, sig) => { signals.push(sig); return Promise.resolve({ items: i === 0 ? [1] : [], total: 1 }); }, { pageSize: 1, signal: controller.signal });
    assert.deepEqual(signals, [controller.signal]);
  });
});
