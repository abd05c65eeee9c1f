import * as assert from 'node:assert/strict';
import { isSavedSearch, newDrugEntry, newSearch } from '../../../../src/features/drugs/savedSearches';
import { hexId } from './builders';

// Adding and replacing entries is the tree's (nestedPaging.unit.test.ts); here, what an entry is.
describe('saved drug searches', () => {
  it('names a new search after its filter, and a drug entry after its drug', () => {
    assert.equal(newSearch({ target: { value: [hexId(1)] } }, undefined, 1).label, 'Drugs: target 00000000…');
    assert.equal(newDrugEntry(hexId(2), {}, undefined, 2).label, `Drug ${hexId(2)}`);
    assert.equal(newSearch({}, ' Mine ', 3).label, 'Mine');
  });

  it('accepts only well-shaped entries, so a corrupt one in globalState is dropped', () => {
    assert.equal(isSavedSearch(newSearch({})), true);
    assert.equal(isSavedSearch({ id: 1 }), false);
    assert.equal(isSavedSearch('nope'), false);
    assert.equal(isSavedSearch({ id: 'x', label: 'y', query: { kind: 'drug' } }), false);
  });
});
