import * as assert from 'node:assert/strict';
import type { Page, PageSpan, Paging } from '../../../src/api';
import { DRUG_SEARCH_WINDOW, firstSpan, hasPageAfter, nextSpan, numberedSpan } from '../../../src/api';

const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const page = (count: number, total: number | undefined): Page<number> => ({ items: rows(count), total });
const TEN: Paging = { pageSize: 10 };
const at = (index: number, offset: number, limit = 10): PageSpan => ({ index, offset, limit });

describe('the stop rule (nextSpan)', () => {
  it('asks the next page while the total is not reached, and stops when it is', () => {
    assert.deepEqual(nextSpan(at(0, 0), page(10, 25), TEN), at(1, 10));
    assert.deepEqual(nextSpan(at(1, 10), page(10, 25), TEN), at(2, 20));
    assert.equal(nextSpan(at(2, 20), page(5, 25), TEN), undefined);
    assert.equal(nextSpan(at(1, 10), page(10, 20), TEN), undefined, 'an exact multiple of the page size ends without an extra request');
  });

  it('stops on an empty page, even when the total promises more', () => {
    assert.equal(nextSpan(at(0, 0), page(0, 0), TEN), undefined);
    assert.equal(nextSpan(at(3, 30), page(0, 1000), TEN), undefined);
    assert.equal(nextSpan(at(0, 0), page(0, undefined), TEN), undefined);
  });

  it('without a total, stops on a short page and goes on after a full one', () => {
    assert.equal(nextSpan(at(1, 10), page(5, undefined), TEN), undefined);
    assert.deepEqual(nextSpan(at(1, 10), page(10, undefined), TEN), at(2, 20), 'a full page without a total may have more');
  });

  it('trusts a total that says more after a short page, and goes on past the positions asked', () => {
    // The same answer must end at the same page in a tree, a panel and an export: the total is the
    // only thing the server says about the end, so when it is sent it decides.
    assert.deepEqual(nextSpan(at(0, 0), page(7, 25), TEN), at(1, 10));
    assert.equal(hasPageAfter(1, 10, page(7, 25)), true);
    assert.equal(hasPageAfter(3, 10, page(7, 25)), false);
  });

  it('never asks drug search past its 10,000-result window, shrinking the last page', () => {
    const drugs: Paging = { pageSize: 1000, window: DRUG_SEARCH_WINDOW };
    assert.deepEqual(nextSpan(at(0, 8500, 1000), page(1000, 50_000), drugs), at(1, 9500, 500));
    assert.equal(nextSpan(at(1, 9500, 500), page(500, 50_000), drugs), undefined);
    assert.equal(nextSpan({ index: 0, offset: 9980, limit: 20 }, page(20, 50_000), { pageSize: 20, window: DRUG_SEARCH_WINDOW }), undefined, 'B007 serves at most 10,000 results');
    assert.equal(firstSpan({ pageSize: 20, start: DRUG_SEARCH_WINDOW, window: DRUG_SEARCH_WINDOW }), undefined);
    assert.deepEqual(firstSpan({ pageSize: 50, start: 9990, window: DRUG_SEARCH_WINDOW }), { index: 0, offset: 9990, limit: 10 });
  });

  it('answers a panel\'s Next button for page N of a page-numbered endpoint', () => {
    assert.deepEqual(numberedSpan(3, 20), { index: 2, offset: 40, limit: 20 });
    assert.equal(hasPageAfter(1, 2, page(2, 5)), true);
    assert.equal(hasPageAfter(3, 2, page(1, 5)), false);
    assert.equal(hasPageAfter(1, 2, page(2, undefined)), true);
    assert.equal(hasPageAfter(12, 20, page(20, 250)), true);
    assert.equal(hasPageAfter(13, 20, page(10, 250)), false);
    assert.equal(hasPageAfter(1, 20, page(20, undefined)), true);
    assert.equal(hasPageAfter(1, 20, page(3, undefined)), false);
  });
});
