// B005 sequence patents: required parameters, paging and the patent fields.
import assert from 'node:assert/strict';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { assertInvalid, call, ok, useSandbox, uuid } from './harness';

const path = '/bio-openapi/sequence/patent';

interface Patent { pn: string; claimed: boolean; location: Record<string, string[]>; patent_id: string; sequence_id_number: string[] }
interface Data { total: number; patents: Patent[] }

const locationKeys = ['APP', 'FIG', 'PAGE', 'ANNEX', 'TABLE', 'EXAMPLE'];

describe('sandbox B005 sequence patents', () => {
  const ctx = useSandbox();
  const { sequences } = sandboxSamples();

  it('pages through a sequence with more than 100 patents', async () => {
    const first = await ok<Data>(ctx.sandbox, path, { seq_id: sequences.many, page: 1, size: 100 });
    assert.ok(first.total > 100, `only ${first.total}`);
    const all: Patent[] = [];
    for (let page = 1; (page - 1) * 100 < first.total; page++) {
      all.push(...(await ok<Data>(ctx.sandbox, path, { seq_id: sequences.many, page, size: 100 })).patents);
    }
    assert.equal(all.length, first.total);
    assert.equal(new Set(all.map((p) => p.pn)).size, all.length);
    const small = await ok<Data>(ctx.sandbox, path, { seq_id: sequences.many, page: 3, size: 7 });
    assert.deepEqual(small.patents, all.slice(14, 21));
  });

  it('fills every patent field in the page\'s formats', async () => {
    const data = await ok<Data>(ctx.sandbox, path, { seq_id: sequences.many, page: 1, size: 100 });
    for (const p of data.patents) {
      assert.match(p.pn, /^(US|EP|WO|CN|JP|KR)\d{6,14}[A-Z]\d?$/);
      assert.equal(typeof p.claimed, 'boolean');
      assert.match(p.patent_id, uuid);
      assert.ok(p.sequence_id_number.length > 0 && p.sequence_id_number.every((n) => /^\d+$/.test(n)));
      const keys = Object.keys(p.location);
      assert.ok(keys.length > 0 && keys.every((k) => locationKeys.includes(k)));
      assert.ok(Object.values(p.location).every((v) => v.length > 0 && v.every((s) => typeof s === 'string')));
    }
    assert.ok(data.patents.some((p) => p.claimed) && data.patents.some((p) => !p.claimed));
  });

  it('answers a sequence with few patents and an unknown one', async () => {
    const few = await ok<Data>(ctx.sandbox, path, { seq_id: sequences.few, page: 1, size: 10 });
    assert.ok(few.total > 0 && few.total < 10);
    assert.equal(few.patents.length, few.total);
    const none = await ok<Data>(ctx.sandbox, path, { seq_id: sequences.unknown, page: 1, size: 10 });
    assert.deepEqual(none, { total: 0, patents: [] });
  });

  it('requires page, seq_id and size, with size <= 100 and page >= 1', async () => {
    assertInvalid(await call(ctx.sandbox, path, { seq_id: sequences.many, size: 10 }), 'page');
    assertInvalid(await call(ctx.sandbox, path, { page: 1, size: 10 }), 'seq_id');
    assertInvalid(await call(ctx.sandbox, path, { seq_id: sequences.many, page: 1 }), 'size');
    assertInvalid(await call(ctx.sandbox, path, { seq_id: sequences.many, page: 1, size: 101 }), 'size');
    assertInvalid(await call(ctx.sandbox, path, { seq_id: sequences.many, page: 0, size: 10 }), 'page');
    assertInvalid(await call(ctx.sandbox, path, { seq_id: Number(sequences.many), page: 1, size: 10 }), 'seq_id');
  });
});
