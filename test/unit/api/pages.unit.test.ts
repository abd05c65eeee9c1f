import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { pageSchema } from '../../../src/api/schemas/pages';

describe('paged answer envelope', () => {
  const schema = pageSchema(z.object({ id: z.string() }), ['total', 'offset', 'totalDevStatus']);

  it('reads each counter from its snake_case spelling, as a whole number sent as number or text', () => {
    const page = schema.parse({ items: [{ id: 'a' }], total: '12', offset: 0, total_dev_status: 3, totalDevStatus: 99 });
    assert.deepEqual(page, { items: [{ id: 'a' }], total: 12, offset: 0, totalDevStatus: 3 });
  });

  it('gives the same page for a counter sent as null and one left out', () => {
    const absent = schema.parse({ items: [] });
    assert.deepEqual(absent, schema.parse({ items: [], total: null, offset: null, total_dev_status: null }));
    assert.deepEqual(Object.keys(absent), ['items', 'total', 'offset', 'totalDevStatus']);
  });

  it('refuses a page without its item list or with a counter that is no count', () => {
    const missing = schema.safeParse({ total: 1 });
    assert.equal(missing.success, false);
    assert.deepEqual(missing.error?.issues.map((i) => [i.path.join('.'), i.message]), [['items', 'is missing']]);
    const negative = schema.safeParse({ items: [], total_dev_status: -1 });
    assert.deepEqual(negative.error?.issues.map((i) => i.path.join('.')), ['total_dev_status']);
  });
});
