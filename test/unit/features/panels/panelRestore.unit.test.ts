import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { installFakeVscode } from '../../../support/fakeVscode';
import type * as Milestones from '../../../../src/features/drugs/milestonesPanel';
import type * as Papers from '../../../../src/features/literature/papersPanel';
import type * as Registry from '../../../../src/platform/panelRegistry';
import type { PanelKind } from '../../../../src/platform/panelRegistry';
import type { MilestonesState } from '../../../../webview/milestones/model';
import type { PapersState } from '../../../../webview/papers/model';
import { PAPERS_NAME_MAX } from '../../../../src/protocol/papers';

const fake = installFakeVscode();
// Loaded after the fake is installed: these modules import 'vscode'.
/* eslint-disable @typescript-eslint/no-require-imports */
const { PanelRegistry } = require('../../../../src/platform/panelRegistry') as typeof Registry;
const { restoreMilestonesInit } = require('../../../../src/features/drugs/milestonesPanel') as typeof Milestones;
const { papersTitle, restorePapersInit } = require('../../../../src/features/literature/papersPanel') as typeof Papers;
/* eslint-enable @typescript-eslint/no-require-imports */

const DRUG = '7926e1c8b21fad0376f0d24236683f6c';
const KEY = 'XGALLCVXEZPNRQ-UHFFFAOYSA-N';

/** A webview panel as the serializer receives it at a window reload. */
const revivedPanel = () => fake.revivedPanel('test.panel');

describe('panels come back after a window reload (serializer)', () => {
  it('reads the drug back from the state the milestones webview saves, filters and all', () => {
    const saved: MilestonesState = {
      drugId: DRUG, drugName: 'Pembrolizumab',
      filters: { country: 'c1', disease: '', organization: '', tag: '', from: '', to: '', sort: 'asc' },
    };
    assert.deepEqual(restoreMilestonesInit(JSON.parse(JSON.stringify(saved))), { drugId: DRUG, drugName: 'Pembrolizumab' });
    assert.equal(restoreMilestonesInit(undefined), undefined);
    assert.equal(restoreMilestonesInit({ drugName: 'no id' }), undefined);
  });

  it('reads the structure back from the state the paper list saves, and refuses one that is not a key', () => {
    const saved: PapersState = { structure: KEY, query: { page: 2, rows: 20, sortOrder: 'asc', lang: 'EN' } };
    assert.deepEqual(restorePapersInit(JSON.parse(JSON.stringify(saved))), { structure: KEY });
    assert.equal(restorePapersInit({ structure: '<script>' }), undefined);
    assert.equal(restorePapersInit('junk'), undefined);
  });

  it('brings back the structure\'s SMILES and name with its key, and drops a saved state whose extras are out of bounds', () => {
    const query = { page: 1, rows: 20, sortOrder: 'desc', lang: 'EN' } as const;
    const saved: PapersState = { structure: KEY, smiles: 'CC(=O)Oc1ccccc1C(=O)O', name: 'Aspirin', query };
    assert.deepEqual(restorePapersInit(JSON.parse(JSON.stringify(saved))), { structure: KEY, smiles: 'CC(=O)Oc1ccccc1C(=O)O', name: 'Aspirin' });
    assert.deepEqual(restorePapersInit({ structure: KEY, name: 'Aspirin', query }), { structure: KEY, name: 'Aspirin' });
    assert.equal(restorePapersInit({ structure: KEY, name: 'n'.repeat(PAPERS_NAME_MAX + 1) }), undefined);
    assert.equal(restorePapersInit({ structure: KEY, smiles: '' }), undefined);
    assert.equal(restorePapersInit({ structure: KEY, smiles: 42 }), undefined);
  });

  it('titles the paper list\'s tab by the structure\'s name where known, else its key', () => {
    assert.equal(papersTitle({ structure: KEY, name: 'Aspirin' }), 'Papers: Aspirin');
    assert.equal(papersTitle({ structure: KEY, smiles: 'CCO' }), `Papers: ${KEY}`);
  });

  describe('the registry\'s serializer', () => {
    const attached: string[] = [];
    const kind: PanelKind<{ id: string }> = {
      viewType: 'test.panel',
      key: (init) => init.id,
      title: (init) => init.id,
      restore: (state) => (typeof (state as { id?: unknown })?.id === 'string' ? { id: (state as { id: string }).id } : undefined),
      attach: (_panel, init) => {
        attached.push(init.id);
        return { dispose: () => attached.push(`-${init.id}`) };
      },
    };

    beforeEach(() => (attached.length = 0));

    it('rebuilds a panel from its saved state and tracks it as that entity\'s panel', async () => {
      const registry = new PanelRegistry(kind);
      const panel = revivedPanel();
      await registry.serializer().deserializeWebviewPanel(panel.panel as unknown as vscode.WebviewPanel, { id: 'a' });
      assert.deepEqual(attached, ['a']);
      // Tracked as that entity's panel: showing the entity reveals it.
      assert.equal(registry.show({ id: 'a' }).created, false);
      assert.equal(panel.reveals, 1);
      assert.equal(panel.disposed, false);
    });

    it('titles the panel\'s tab with the entity\'s name as one visible line', async () => {
      const registry = new PanelRegistry(kind);
      const panel = revivedPanel();
      await registry.serializer().deserializeWebviewPanel(panel.panel as unknown as vscode.WebviewPanel, { id: `\u202Eevil\u200B\nname ${'x'.repeat(500)}` });
      assert.match(panel.title, /^evil name x+…$/);
      assert.ok(panel.title.length <= 200);
    });

    it('closes a revived panel whose state is unusable instead of showing an empty one', async () => {
      const registry = new PanelRegistry(kind);
      const panel = revivedPanel();
      await registry.serializer().deserializeWebviewPanel(panel.panel as unknown as vscode.WebviewPanel, { nothing: true });
      assert.equal(panel.disposed, true);
      assert.deepEqual(attached, []);
    });

    it('keeps one panel per entity: a second revival of the same entity is closed', async () => {
      const registry = new PanelRegistry(kind);
      const first = revivedPanel();
      const second = revivedPanel();
      await registry.serializer().deserializeWebviewPanel(first.panel as unknown as vscode.WebviewPanel, { id: 'a' });
      await registry.serializer().deserializeWebviewPanel(second.panel as unknown as vscode.WebviewPanel, { id: 'a' });
      assert.equal(first.disposed, false);
      assert.equal(second.disposed, true);
      first.panel.dispose();
      assert.deepEqual(attached, ['a', '-a'], 'closing the panel disposes its host');
      assert.equal(registry.show({ id: 'a' }).created, true, 'a closed panel is no longer that entity\'s');
    });
  });
});
