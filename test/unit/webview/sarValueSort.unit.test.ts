import * as assert from 'node:assert/strict';
import type { SarQuery, SarRow } from '../../../src/protocol/sarQuery';
import { NO_QUERY, applySarQuery, molarFactor, nonMolarUnits } from '../../../src/protocol/sarQuery';
import { unitsNote } from '../../../webview/sar/model';
import { SarPage } from '../../../webview/sar/page';
import { sarRow } from './builders';
import { newPage } from './dom';

const potency = (key: number, value: number | null, unit: string): SarRow =>
  sarRow({ key, value: value === null ? '>10' : String(value), numericValue: value, unit });

// The mix a chemist meets in one paper: nanomolar and micromolar IC50s, a % inhibition, a dose.
const MIXED = [
  potency(0, 3.63, 'µM'), potency(1, 6.91, 'nM'), potency(2, 85, '%'), potency(3, 0.5, 'μM'), potency(4, 120, 'pM'),
  potency(5, 10, 'mg/kg'), potency(6, null, 'µM'), potency(7, 2, 'uM'), potency(8, 40, '%'), potency(9, 0.004, 'mM'),
  potency(10, 15, 'nmol/L'),
];
const byValue = (direction: 'asc' | 'desc'): SarQuery => ({ ...NO_QUERY, sort: { column: 'value', direction } });
const order = (q: SarQuery, rows = MIXED) => applySarQuery(rows, q).map((r) => `${r.value} ${r.unit}`);

describe('SAR value sort: one molar scale', () => {
  it('reads molar units in every spelling and nothing else', () => {
    assert.equal(molarFactor('pM'), 1e-12);
    assert.equal(molarFactor('nM'), 1e-9);
    for (const micro of ['µM', 'μM', 'uM', 'µmol/L', 'umol/l']) assert.equal(molarFactor(micro), 1e-6, micro);
    assert.equal(molarFactor('mM'), 1e-3);
    assert.equal(molarFactor(' M '), 1);
    assert.equal(molarFactor('nmol/L'), 1e-9);
    for (const other of ['%', 'mg/kg', 'h', 'nm', 'MM', 'µg/mL', 'ng/mL', '', 'M/s']) assert.equal(molarFactor(other), undefined, other);
  });

  it('puts 6.91 nM before 3.63 µM ascending, other units after by unit, non-numbers last', () => {
    assert.deepEqual(order(byValue('asc')), [
      '120 pM', '6.91 nM', '15 nmol/L', '0.5 μM', '2 uM', '3.63 µM', '0.004 mM',
      '40 %', '85 %', '10 mg/kg', '>10 µM',
    ]);
  });

  it('reverses within each group descending but keeps molar values first and non-numbers last', () => {
    assert.deepEqual(order(byValue('desc')), [
      '0.004 mM', '3.63 µM', '2 uM', '0.5 μM', '15 nmol/L', '6.91 nM', '120 pM',
      '85 %', '40 %', '10 mg/kg', '>10 µM',
    ]);
  });

  it('keeps the document order for equal concentrations written in different units', () => {
    const rows = [potency(0, 1, 'µM'), potency(1, 1000, 'nM'), potency(2, 0.001, 'mM')];
    assert.deepEqual(applySarQuery(rows, byValue('asc')).map((r) => r.key), [0, 1, 2]);
    assert.deepEqual(applySarQuery(rows, byValue('desc')).map((r) => r.key), [0, 1, 2]);
  });

  it('names the units that cannot join the scale, and says so only while sorting by value', () => {
    assert.deepEqual(nonMolarUnits(MIXED), ['%', 'mg/kg']);
    assert.equal(unitsNote(MIXED, byValue('asc')), 'Values in other units (%, mg/kg) are listed after the molar ones, grouped by unit.');
    assert.equal(unitsNote(MIXED, { ...NO_QUERY, sort: { column: 'compound', direction: 'asc' } }), '');
    assert.equal(unitsNote(MIXED.filter((r) => r.unit !== '%' && r.unit !== 'mg/kg'), byValue('asc')), '');
    assert.match(unitsNote([potency(0, 3, '')], byValue('asc')), /\(no unit\)/);
  });

  it('shows the note on the page under the filters and the values as given', () => {
    const { doc, root } = newPage();
    const page = new SarPage(doc, root, {
      setQuery: () => undefined, refresh: () => undefined, copySmiles: () => undefined, findPapers: () => undefined,
      drawing: () => undefined, shown: () => undefined, scrolled: () => undefined, exportAs: () => undefined,
    });
    const snapshot = { version: 1, status: 'SUCCESS' as const, polling: false, problem: undefined, rows: MIXED, files: [] };
    page.update({ init: { taskId: 't', label: 'paper.pdf' }, snapshot, query: byValue('asc') });
    assert.match(root.querySelector('.sar-units')?.textContent ?? '', /other units \(%, mg\/kg\)/);
    const first = root.querySelector('.sar-body [role=row]');
    assert.equal(first?.querySelector('.col-value')?.textContent, '120');
    assert.equal(first?.querySelector('.col-unit')?.textContent, 'pM');
    page.update({ init: { taskId: 't', label: 'paper.pdf' }, snapshot, query: NO_QUERY });
    assert.equal(root.querySelector('.sar-units')?.textContent, '');
  });
});
