import * as assert from 'node:assert/strict';
import { LruTtlCache, cacheKey, stableStringify } from '../../../src/api/cache';
import { drugItem, drugPage } from './helpers/builders';
import { clientCredentials, closeClients, harness } from './helpers/harness';
import { API_KEY, CLIENT_ID, CLIENT_SECRET, fakeClock, ok, tokenAnswer } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

describe('api response cache', () => {
  describe('LruTtlCache', () => {
    it('expires entries after the TTL on the injected clock', () => {
      const clock = fakeClock();
      const cache = new LruTtlCache<string>(1000, 10, clock.now);
      cache.set('a', 'A');
      clock.advance(999);
      assert.equal(cache.get('a'), 'A');
      clock.advance(1);
      assert.equal(cache.get('a'), undefined);
      assert.equal(cache.size, 0);
    });

    it('evicts the least recently used entry beyond maxEntries', () => {
      const clock = fakeClock();
      const cache = new LruTtlCache<string>(60_000, 2, clock.now);
      cache.set('a', 'A');
      cache.set('b', 'B');
      cache.get('a'); // a is now the most recent
      cache.set('c', 'C');
      assert.equal(cache.get('b'), undefined);
      assert.equal(cache.get('a'), 'A');
      assert.equal(cache.get('c'), 'C');
    });

    it('stores nothing when the TTL is 0', () => {
      const cache = new LruTtlCache<string>(0, 10, Date.now);
      cache.set('a', 'A');
      assert.equal(cache.get('a'), undefined);
      assert.equal(cache.enabled, false);
    });

    it('builds keys with stable key order, per base URL', () => {
      assert.equal(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
      assert.equal(cacheKey('https://x/', '/p', { b: 1, a: 2 }), cacheKey('https://x', '/p', { a: 2, b: 1 }));
      assert.notEqual(cacheKey('https://x', '/p', {}), cacheKey('https://y', '/p', {}));
    });
  });

  describe('through the client', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer((req) =>
        req.path === '/oauth/token'
          ? { body: tokenAnswer('tok-cache-77777') }
          : req.path === '/eurekals/open/sar/file/detail'
            ? { body: ok({ status: 'PROCESSING', files: [] }) }
            : { body: ok(drugPage([drugItem(`d${server.requests.length}`)], 1)) },
      );
    });
    after(() => server.close());
    beforeEach(() => {
      server.requests.length = 0;
    });
    afterEach(closeClients);

    const business = () => server.requests.filter((r) => r.path !== '/oauth/token').length;

    it('serves a repeated request from the cache (hit) and a different one from the server (miss)', async () => {
      const { client } = harness(server.url);
      const first = await client.searchDrugs({ limit: 5, target: { value: ['t1'] } });
      const second = await client.searchDrugs({ target: { value: ['t1'] }, limit: 5 });
      assert.deepEqual(second, first);
      assert.equal(business(), 1);
      await client.searchDrugs({ limit: 6, target: { value: ['t1'] } });
      assert.equal(business(), 2);
      assert.deepEqual(client.stats(), { ...client.stats(), cacheHits: 1, cacheMisses: 2 });
    });

    it('hits whatever order the caller wrote the fields in, nested filters and sorts included', async () => {
      const { client } = harness(server.url);
      await client.searchDrugs({ limit: 5, target: { condition: 'AND', value: ['t1', 't2'] }, sort: [{ sortOrder: 'desc', sortField: 'FIRST_APPROVED_DATE' }] });
      await client.searchDrugs({ sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'desc' }], target: { value: ['t1', 't2'], condition: 'AND' }, limit: 5 });
      assert.equal(business(), 1);
      // Order inside a list is part of the request: a different sort priority is a different query.
      await client.searchDrugs({ limit: 5, target: { condition: 'AND', value: ['t2', 't1'] }, sort: [{ sortOrder: 'desc', sortField: 'FIRST_APPROVED_DATE' }] });
      assert.equal(business(), 2);
    });

    it('treats an empty filter list like no filter', async () => {
      const { client } = harness(server.url);
      await client.searchDrugs({ limit: 5 });
      await client.searchDrugs({ limit: 5, devStatus: [], drug: { value: [] } });
      assert.equal(business(), 1);
    });

    it('bypasses the lookup on request, and refreshes the entry with the fresh answer', async () => {
      const { client } = harness(server.url);
      const first = await client.searchDrugs({ limit: 5 });
      const fresh = await client.searchDrugs({ limit: 5 }, { bypassCache: true });
      assert.equal(business(), 2);
      assert.notDeepEqual(fresh, first);
      assert.deepEqual(await client.searchDrugs({ limit: 5 }), fresh);
      assert.equal(business(), 2);
    });

    it('expires entries after cacheTtlMs (fake clock)', async () => {
      const { client, clock } = harness(server.url, { cacheTtlMs: 10_000 });
      await client.searchDrugs({});
      clock.advance(9_999);
      await client.searchDrugs({});
      assert.equal(business(), 1);
      clock.advance(1);
      await client.searchDrugs({});
      assert.equal(business(), 2);
    });

    it('evicts beyond cacheMaxEntries', async () => {
      const { client } = harness(server.url, { cacheMaxEntries: 2 });
      await client.searchDrugs({ offset: 1 });
      await client.searchDrugs({ offset: 2 });
      await client.searchDrugs({ offset: 3 });
      await client.searchDrugs({ offset: 3 });
      await client.searchDrugs({ offset: 2 });
      assert.equal(business(), 3);
      await client.searchDrugs({ offset: 1 });
      assert.equal(business(), 4);
    });

    it('never caches SAR task detail', async () => {
      const { client } = harness(server.url);
      await client.getSarTaskDetail({ taskId: 't' });
      await client.getSarTaskDetail({ taskId: 't' });
      assert.equal(business(), 2);
    });

    it('shares one result between a call and its cache hits, typed so no caller can change it', async () => {
      const { client } = harness(server.url);
      const first = await client.searchDrugs({});
      const again = await client.searchDrugs({});
      assert.equal(business(), 1, 'the second call is a cache hit');
      assert.equal(again, first, 'a hit hands out the stored object, not a copy');
      // The guarantee is the compiler's: each line below must stay a type error (npm run typecheck
      // fails on an unused @ts-expect-error), so no code here can corrupt what the next caller gets.
      const tamper = () => {
        // @ts-expect-error the item list is readonly
        first.items.push(first.items[0]);
        // @ts-expect-error an item's fields are readonly
        first.items[0].id = 'tampered';
        // @ts-expect-error nested lists are readonly too
        first.items[0].names.length = 0;
      };
      void tamper; // never run: it exists for the compiler
    });

    it('keeps credentials and tokens out of cache keys', async () => {
      const keys: string[] = [];
      const original = LruTtlCache.prototype.set;
      LruTtlCache.prototype.set = function (this: LruTtlCache<unknown>, key: string, value: unknown) {
        keys.push(key);
        original.call(this, key, value);
      };
      try {
        await harness(server.url, { credentials: async () => clientCredentials }).client.searchDrugs({ limit: 2 });
        await harness(server.url).client.searchDrugs({ limit: 3 });
      } finally {
        LruTtlCache.prototype.set = original;
      }
      assert.equal(keys.length, 2);
      for (const key of keys) {
        for (const secret of [CLIENT_ID, CLIENT_SECRET, API_KEY, 'tok-cache-77777']) assert.ok(!key.includes(secret), key);
        assert.ok(key.startsWith(`${server.url}/synapse/drug/search `));
      }
    });

    it('is off with cacheTtlMs 0', async () => {
      const { client } = harness(server.url, { cacheTtlMs: 0 });
      await client.searchDrugs({});
      await client.searchDrugs({});
      assert.equal(business(), 2);
    });
  });
});
