import * as assert from 'node:assert/strict';
import type { SarFile } from '../../../../src/api';
import { sarTaskLabel } from '../../../../src/features/sar/sarFormat';

const file = (name: string, total: number | undefined): SarFile => ({ id: name, name, status: 'SUCCESS', total, items: [] });
const TASK = 'a'.repeat(32);

describe('SAR task labels', () => {
  it('reads as the file it came from and its counts, not "Task <id>"', () => {
    assert.equal(sarTaskLabel({ id: TASK, label: 'osimertinib-sar.pdf' }, [file('a.pdf', 100), file('b.pdf', 20), file('c.pdf', 8)], () => undefined), 'osimertinib-sar.pdf · 3 files · 128 results');
    assert.equal(sarTaskLabel({ id: TASK, label: 'US2020123456A1' }, [file('US2020123456A1.pdf', 1)], () => undefined), 'US2020123456A1 · 1 file · 1 result');
  });

  it('without a saved label: the dictionary\'s name, else its one file, else a short ID', () => {
    assert.equal(sarTaskLabel({ id: TASK }, [], (id) => (id === TASK ? 'EGFR series' : undefined)), 'EGFR series');
    assert.equal(sarTaskLabel({ id: TASK }, [file('only.pdf', undefined)], () => undefined), 'only.pdf · 1 file');
    assert.equal(sarTaskLabel({ id: TASK }, [], () => undefined), 'SAR task aaaaaaaa…');
  });
});
