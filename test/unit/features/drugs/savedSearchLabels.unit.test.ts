// The Drugs view draws its saved entries' labels from the dictionary when it draws them, and shows
// only the entries saved on the service in use.
import * as assert from 'node:assert/strict';
import type { DrugSearchPage } from '../../../../src/api';
import { newSearch } from '../../../../src/features/drugs/savedSearches';
import type { EntityKind } from '../../../../src/names/entity';
import { drugsTreeOver } from '../../../support/drugsTree';
import { FakeEventEmitter } from '../../../support/fakeVscode';
import { hexId } from './builders';

const TARGET = hexId(7);
const noDrugs = { searchDrugs: (): Promise<DrugSearchPage> => Promise.resolve({ items: [], total: 0, offset: 0, limit: 10, totalDevStatus: undefined }) };

function dictionary() {
  const known = new Map<string, string>();
  const changed = new FakeEventEmitter<void>();
  return {
    known,
    changed,
    names: { nameOf: (kind: EntityKind | undefined, id: string) => known.get(`${kind ?? ''} ${id}`), onDidChange: changed.event },
  };
}

describe('Drugs view: labels from the dictionary, entries per service', () => {
  it('relabels a saved search when its target is named later, and redraws the view', async () => {
    const dict = dictionary();
    const { tree, fake } = drugsTreeOver(noDrugs, [newSearch({ target: { value: [TARGET] }, devStatus: ['Phase_3'] })], 10, new Map(), dict.names);
    fake.settings.set('synapseLens.service', 'sandbox');
    const [entry] = await tree.getChildren();
    assert.ok(entry);
    assert.equal(tree.getTreeItem(entry).label, 'Drugs · target 00000000… · Phase 3');
    let redrawn = 0;
    tree.onDidChangeTreeData(() => (redrawn += 1));
    dict.known.set(`target ${TARGET}`, 'EGFR');
    dict.changed.fire();
    assert.equal(redrawn, 1);
    assert.equal(tree.getTreeItem(entry).label, 'Drugs · target EGFR · Phase 3');
    const tooltip = String(tree.getTreeItem(entry).tooltip);
    assert.ok(!tooltip.includes('Request'), tooltip);
    assert.ok(tooltip.includes(`target: ${TARGET}`), 'the raw ID stays in the tooltip, for copying');
    tree.dispose();
  });

  it('shows a search saved on the sandbox only while the sandbox is in use', async () => {
    const { tree, fake } = drugsTreeOver(noDrugs, [], 10);
    fake.settings.set('synapseLens.service', 'sandbox');
    await tree.add(newSearch({ target: { value: [TARGET] } }, 'On the sandbox'));
    assert.deepEqual((await tree.getChildren()).map((n) => tree.getTreeItem(n).label), ['On the sandbox']);
    fake.settings.set('synapseLens.service', 'patsnap');
    assert.deepEqual(await tree.getChildren(), []);
    fake.settings.set('synapseLens.service', 'sandbox');
    assert.deepEqual((await tree.getChildren()).map((n) => tree.getTreeItem(n).label), ['On the sandbox']);
    tree.dispose();
  });
});
