// Dotted-path edits used by the renameField / dropField faults.
import assert from 'node:assert/strict';
import { dropField, renameField } from '../../../src/sandbox/fieldEdits';

describe('sandbox field edits', () => {
  it('renames a field in every element of an array on the path', () => {
    const data = { items: [{ a: 1, b: { c: 2 } }, { a: 3, b: { c: 4 } }] };
    renameField(data, 'items.b.c', 'd');
    assert.deepEqual(data, { items: [{ a: 1, b: { d: 2 } }, { a: 3, b: { d: 4 } }] });
  });

  it('edits a single element when the path holds an index', () => {
    const data = { items: [{ a: 1 }, { a: 2 }] };
    dropField(data, 'items.1.a');
    assert.deepEqual(data, { items: [{ a: 1 }, {}] });
  });

  it('leaves data alone when the path does not exist', () => {
    const data = { items: [{ a: 1 }] };
    renameField(data, 'items.zz', 'yy');
    dropField(data, 'nothing.here');
    assert.deepEqual(data, { items: [{ a: 1 }] });
  });
});
