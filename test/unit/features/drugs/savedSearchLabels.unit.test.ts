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

  it('redraws only the saved searches a new name relabels, and nothing when it relabels none', async () => {
    const dict = dictionary();
    const searches = [newSearch({ target: { value: [TARGET] } }), newSearch({ devStatus: ['Phase_3'] })];
    const { tree, fake } = drugsTreeOver(noDrugs, searches, 10, new Map(), dict.names);
    fake.settings.set('synapseLens.service', 'sandbox');
    const entries = await tree.getChildren();
    for (const entry of entries) tree.getTreeItem(entry);
    const redraws: unknown[] = [];
    tree.onDidChangeTreeData((what) => redraws.push(what));
    // A name no saved search shows (learned from a milestone page, say): the rows stay as drawn,
    // so VS Code keeps them and a context-menu command chosen meanwhile still gets its row.
    dict.known.set('organization 0123', 'AstraZeneca');
    dict.changed.fire();
    assert.deepEqual(redraws, []);
    dict.known.set(`target ${TARGET}`, 'EGFR');
    dict.changed.fire();
    assert.equal(redraws.length, 1);
    const redrawn: unknown = redraws[0];
    assert.ok(Array.isArray(redrawn));
    assert.deepEqual(redrawn.map((node) => tree.getTreeItem(node as never).label), ['Drugs · target EGFR']);
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
