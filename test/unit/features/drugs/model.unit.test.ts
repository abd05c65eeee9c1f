import * as assert from 'node:assert/strict';
import {
  describeFilter, drugDescription, drugLabel, milestoneDescription, milestoneDetails, milestoneLabel, searchFilterOf,
} from '../../../../src/features/drugs/model';
import { humanEnum } from '../../../../src/features/drugs/words';
import { drug, hexId, milestone } from './builders';

describe('drugs view model', () => {
  it('names a drug in the display language, falling back to English, then to its ID', () => {
    assert.equal(drugLabel(drug(1), 'CN'), '药物1');
    assert.equal(drugLabel(drug(1, { names: [{ lang: 'EN', name: 'Adagrasib' }] }), 'CN'), 'Adagrasib');
    assert.equal(drugLabel(drug(1, { names: [] }), 'EN'), hexId(1));
  });

  it('never claims a phase the answer did not carry: only the search filter is named, marked as such', () => {
    assert.equal(drugDescription(drug(1), {}, 'EN'), 'Small molecule drug');
    assert.equal(
      drugDescription(drug(1), { globalHighestDevStatus: ['Approved', 'Phase_3'] }, 'EN'),
      'Small molecule drug · highest phase Approved/Phase 3 (filter)',
    );
  });

  it('labels milestones with date, event and country', () => {
    assert.equal(milestoneLabel(milestone(), 'EN'), '2025-09-09 · Approval');
    assert.equal(milestoneLabel(milestone({ date: undefined }), 'CN'), '批准');
    assert.equal(milestoneDescription(milestone(), 'EN'), 'US');
    const details = milestoneDetails(milestone(), 'EN').join('\n');
    assert.match(details, /Disease: Uveitic Macular Edema \(0+8\)/);
    assert.match(details, /Organization: Roche Holding AG/);
  });

  it('turns enum spellings into words', () => {
    assert.equal(humanEnum('Phase_1_2'), 'Phase 1/2');
    assert.equal(humanEnum('NDA_BLA'), 'NDA/BLA');
    assert.equal(humanEnum('IND_Approval'), 'IND Approval');
  });

  it('describes a search in a few words', () => {
    assert.equal(describeFilter({}), 'All drugs');
    assert.equal(
      describeFilter({ target: { value: [hexId(1), hexId(2)], condition: 'AND' }, country: ['US'], existDeal: true }),
      'Drugs: target 00000000… AND 00000000…, US, with deals',
    );
  });

  it('searches a pinned drug by its ID', () => {
    assert.deepEqual(searchFilterOf({ kind: 'drug', drugId: hexId(3), milestones: {} }), { drug: { value: [hexId(3)] } });
  });
});
