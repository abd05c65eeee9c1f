import * as assert from 'node:assert/strict';
import { milestoneDetails } from '../../../../src/features/drugs/model';
import { codeWords } from '../../../../src/features/drugs/words';
import { newDrugEntry, newSearch } from '../../../../src/features/drugs/savedSearches';
import { idLines, queryLabel, savedSearchLabel } from '../../../../src/features/drugs/searchLabel';
import type { NameOf } from '../../../../src/features/drugs/searchLabel';
import { hexId, milestone } from './builders';

const EGFR = hexId(1);
const HER2 = hexId(2);
const OSIMERTINIB = hexId(3);
const known: Record<string, string> = { [`target ${EGFR}`]: 'EGFR', [`target ${HER2}`]: 'HER2', [`drug ${OSIMERTINIB}`]: 'osimertinib' };
const names: NameOf = (kind, id) => known[`${kind} ${id}`];
const noNames: NameOf = () => undefined;

describe('labels of saved drug searches', () => {
  it('reads a search as words: names of its IDs, phases as words, its order', () => {
    const label = queryLabel({ kind: 'search', request: {
      target: { value: [EGFR] }, devStatus: ['Phase_3'], sort: [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'desc' }],
    } }, names);
    assert.equal(label, 'Drugs · target EGFR · Phase 3 · newest approval first');
  });

  it('falls back to a short ID only for an ID without a name, and joins AND lists with "and"', () => {
    assert.equal(queryLabel({ kind: 'search', request: { target: { value: [EGFR, hexId(9)], condition: 'AND' } } }, names), 'Drugs · target EGFR and 00000000…');
    assert.equal(queryLabel({ kind: 'search', request: { target: { value: [EGFR] } } }, noNames), 'Drugs · target 00000000…');
    assert.equal(queryLabel({ kind: 'search', request: {} }, names), 'All drugs');
  });

  it('names a drug entry after its drug, with its milestone filters', () => {
    assert.equal(queryLabel({ kind: 'drug', drugId: OSIMERTINIB, milestones: {} }, names), 'Drug osimertinib');
    assert.equal(queryLabel({ kind: 'drug', drugId: OSIMERTINIB, milestones: { sortOrder: 'asc', eventStartTime: 20150101 } }, names), 'Drug osimertinib · from 2015-01-01 · oldest first');
  });

  it('draws the label when shown, so a name given later relabels an entry; a name the user typed stays', () => {
    const search = newSearch({ target: { value: [EGFR] } });
    assert.equal(savedSearchLabel(search, noNames), 'Drugs · target 00000000…');
    assert.equal(savedSearchLabel(search, names), 'Drugs · target EGFR');
    assert.equal(savedSearchLabel(newSearch({ target: { value: [EGFR] } }, 'My kinases'), names), 'My kinases');
  });

  it('reads entries of older versions: a label made at save time is drawn anew, one the user typed is kept', () => {
    const old = { id: 'a', label: 'Drugs: target 00000000…', createdAt: 1, query: { kind: 'search' as const, request: { target: { value: [EGFR] } } } };
    assert.equal(savedSearchLabel(old, names), 'Drugs · target EGFR');
    const oldDrug = { id: 'b', label: `Drug ${OSIMERTINIB}`, createdAt: 1, query: { kind: 'drug' as const, drugId: OSIMERTINIB, milestones: {} } };
    assert.equal(savedSearchLabel(oldDrug, names), 'Drug osimertinib');
    assert.equal(savedSearchLabel({ ...old, label: 'EGFR pipeline' }, names), 'EGFR pipeline');
    assert.equal(savedSearchLabel(newDrugEntry(OSIMERTINIB, {}), names), 'Drug osimertinib');
  });

  it('lists the raw IDs for the tooltip, never the request as JSON', () => {
    assert.deepEqual(idLines({ kind: 'search', request: { target: { value: [EGFR, HER2] }, devStatus: ['Approved'] } }), [`target: ${EGFR}, ${HER2}`]);
    assert.deepEqual(idLines({ kind: 'drug', drugId: OSIMERTINIB, milestones: {} }), [`drug: ${OSIMERTINIB}`]);
  });

  it('shows enum values as words', () => {
    assert.deepEqual(['Phase_1_2', 'Withdraw', 'Approved', 'NDA_BLA', 'University_Institution', 'GREATER_THAN_500'].map(codeWords),
      ['Phase 1/2', 'Withdrawn', 'Approved', 'NDA/BLA', 'University/institution', 'More than 500']);
  });

  it('shows a milestone\'s Chinese tags only in Chinese mode', () => {
    const m = milestone({ tags: [{ name: 'Breakthrough therapy', lang: 'EN' }, { name: '突破性疗法', lang: 'CN' }] });
    assert.ok(milestoneDetails(m, 'EN').includes('Tags: Breakthrough therapy'));
    assert.ok(milestoneDetails(m, 'CN').includes('Tags: 突破性疗法'));
  });
});
