import * as assert from 'node:assert/strict';
import type { Page, PageSpan } from '../../../src/api';
import { Pager } from '../../../src/api';

/** A fake page-numbered endpoint over `count` numbers, failing on the pages listed in `failOn` (once each). */
function source(count: number, size: number, failOn: number[] = [], sendTotal = true) {
  const calls: number[] = [];
  const fetch = async ({ index }: PageSpan): Promise<Page<number>> => {
    const page = index + 1;
    calls.push(page);
    const i = failOn.indexOf(page);
    if (i !== -1) {
      failOn.splice(i, 1);
      throw new Error(`page ${page} failed`);
    }
    const items = Array.from({ length: count }, (_, n) => n).slice((page - 1) * size, page * size);
    return { items, total: sendTotal ? count : undefined };
  };
  return { calls, fetch };
}

describe('Pager (what a tree\'s "Load more" drives)', () => {
  it('loads page after page and stops at the total', async () => {
    const { calls, fetch } = source(25, 10);
    const results = new Pager(fetch, { pageSize: 10 });
    assert.equal(results.started, false);
    await results.loadMore();
    assert.equal(results.items.length, 10);
    assert.equal(results.total, 25);
    assert.equal(results.hasMore, true);
    await results.loadMore();
    await results.loadMore();
    assert.equal(results.items.length, 25);
    assert.equal(results.state, 'complete');
    await results.loadMore();
    assert.deepEqual(calls, [1, 2, 3]);
  });

  it('stops on a short page when the server sends no total', async () => {
    const { fetch } = source(15, 10, [], false);
    const results = new Pager(fetch, { pageSize: 10 });
    await results.loadMore();
    assert.equal(results.hasMore, true);
    await results.loadMore();
    assert.equal(results.state, 'complete');
    assert.equal(results.items.length, 15);
  });

  it('is complete at once for an empty answer (total 0)', async () => {
    const results = new Pager(source(0, 10).fetch, { pageSize: 10 });
    await results.loadMore();
    assert.equal(results.started, true);
    assert.equal(results.items.length, 0);
    assert.equal(results.state, 'complete');
  });

  it('keeps what was loaded when a later page fails, and retries that same page', async () => {
    const { calls, fetch } = source(30, 10, [2]);
    const results = new Pager(fetch, { pageSize: 10 });
    await results.loadMore();
    await assert.rejects(results.loadMore(), /page 2 failed/);
    assert.equal(results.state, 'failed');
    assert.equal(results.items.length, 10);
    assert.ok(results.error instanceof Error);
    await results.loadMore();
    assert.equal(results.state, 'idle');
    assert.equal(results.items.length, 20);
    assert.equal(results.error, undefined);
    assert.deepEqual(calls, [1, 2, 2]);
  });

  it('shares one request between concurrent calls', async () => {
    const { calls, fetch } = source(30, 10);
    const results = new Pager(fetch, { pageSize: 10 });
    await Promise.all([results.loadMore(), results.loadMore()]);
    assert.deepEqual(calls, [1]);
    assert.equal(results.items.length, 10);
  });
});
