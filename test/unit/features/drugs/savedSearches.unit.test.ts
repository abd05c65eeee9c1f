import * as assert from 'node:assert/strict';
import { addSearch, isSavedSearchList, newDrugEntry, newSearch, removeSearch } from '../../../../src/features/drugs/savedSearches';
import { hexId } from './builders';

describe('saved drug searches', () => {
  it('adds newest first and replaces an equal search instead of duplicating it', () => {
    const a = newSearch({ target: { value: [hexId(1)] } }, undefined, 1);
    const b = newDrugEntry(hexId(2), {}, undefined, 2);
    const again = newSearch({ target: { value: [hexId(1)] } }, 'Mine', 3);
    const list = addSearch(addSearch(addSearch([], a), b), again);
    assert.deepEqual(list.map((s) => s.label), ['Mine', `Drug ${hexId(2)}`]);
    assert.deepEqual(removeSearch(list, again.id).map((s) => s.id), [b.id]);
    assert.equal(a.label, 'Drugs: target 00000000…');
  });

  it('accepts only well-shaped state, so a corrupt globalState reads as empty', () => {
    assert.equal(isSavedSearchList([newSearch({})]), true);
    assert.equal(isSavedSearchList([{ id: 1 }]), false);
    assert.equal(isSavedSearchList('nope'), false);
    assert.equal(isSavedSearchList([{ id: 'x', label: 'y', query: { kind: 'drug' } }]), false);
  });
});
