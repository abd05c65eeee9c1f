import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../../support/fakeVscode';
import type * as SavedSearchTreeModule from '../../../../src/features/shared/savedSearchTree';
import type * as LiteratureTreeModule from '../../../../src/features/literature/literatureTree';
import type { Paper } from '../../../../src/api';
import { sandboxSamples } from '../../../../src/sandbox/samples';
import { fakeApp } from '../../../support/fakeApp';
import { isStructureQuery, structureLabel } from '../../../../src/features/literature/structureQuery';
import { sandboxWithClient } from '../../../support/sandboxClient';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { SavedSearchTree } = require('../../../../src/features/shared/savedSearchTree') as typeof SavedSearchTreeModule;
const { literatureTreeConfig, LITERATURE_STORAGE_KEY } = require('../../../../src/features/literature/literatureTree') as typeof LiteratureTreeModule;
/* eslint-enable @typescript-eslint/no-require-imports */
type Tree = InstanceType<typeof SavedSearchTree<{ kind: 'inchiKey' | 'inchiKeyId'; value: string }, Paper>>;

describe('Literature tree (against the sandbox)', () => {
  const samples = sandboxSamples();
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;

  before(async () => {
    env = await sandboxWithClient();
  });
  after(() => env.close());
  beforeEach(() => {
    fake.reset();
    fake.settings.set('synapseLens.pageSize', 20);
  });

  function labels(tree: Tree, nodes: Awaited<ReturnType<Tree['getChildren']>>): string[] {
    return nodes.map((n) => String(tree.getTreeItem(n).label));
  }

  it('adds a search by InChIKey, shows a page of papers with year and journal, and loads more', async () => {
    const { app, state } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const node = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey });
    const children = await tree.getChildren(node);
    assert.equal(children.length, 21, '20 papers and a Load more row');
    const first = tree.getTreeItem(children[0] as (typeof children)[number]);
    assert.match(String(first.description), /^\d{4}( · .+)?$/);
    assert.match(String(first.contextValue), /^paper;/);
    assert.ok(first.tooltip, 'papers have a tooltip');
    const more = tree.getTreeItem(children[20] as (typeof children)[number]);
    assert.match(String(more.label), /^Load more \(20 of \d+\)$/);
    assert.equal(more.command?.command, 'synapseLens.loadMorePapers');

    const snapshot = await tree.loadMore(node);
    assert.equal(snapshot?.items.length, 40);
    assert.equal(labels(tree, await tree.getChildren(node)).length, 41);
    // Saved for the next session, with nothing but the query.
    assert.deepEqual(state.get(LITERATURE_STORAGE_KEY), [{ kind: 'inchiKey', value: samples.compound.inchiKey }]);
    tree.dispose();
  });

  it('reads a search made from a SMILES as that SMILES, with its InChIKey beside it', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const node = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey, smiles: 'CC(=O)Oc1ccccc1C(=O)O' } as { kind: 'inchiKey'; value: string });
    const item = tree.getTreeItem(node);
    assert.equal(item.label, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.match(String(item.description), new RegExp(`^${samples.compound.inchiKey} · \\d+ papers$`));
    tree.dispose();
  });

  it('reads a search by the structure\'s name where known, its InChIKey beside it, and opens the paper list with all three', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const smiles = 'CC(=O)Oc1ccccc1C(=O)O';
    const node = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey, smiles, name: 'Aspirin' });
    const item = tree.getTreeItem(node);
    assert.equal(item.label, 'Aspirin');
    assert.match(String(item.description), new RegExp(`^${samples.compound.inchiKey} · \\d+ papers$`));
    assert.deepEqual(node.opens, { panel: 'papers', init: { structure: samples.compound.inchiKey, smiles, name: 'Aspirin' } });
    tree.dispose();
  });

  it('labels a search by name, else SMILES, else its key', () => {
    const key = samples.compound.inchiKey;
    assert.equal(structureLabel({ kind: 'inchiKey', value: key, smiles: 'CCO', name: 'Ethanol' }), 'Ethanol');
    assert.equal(structureLabel({ kind: 'inchiKey', value: key, smiles: 'CCO' }), 'CCO');
    assert.equal(structureLabel({ kind: 'inchiKeyId', value: '126213117' }), '126213117');
    assert.equal(isStructureQuery({ kind: 'inchiKey', value: key, name: 7 }), false);
  });

  it('restores saved searches and loads the first page on expand, by InChI Key ID too', async () => {
    const saved = new Map<string, unknown>([[LITERATURE_STORAGE_KEY, [{ kind: 'inchiKeyId', value: samples.compound.inchiKeyId }, { junk: true }, 'x']]]);
    const { app } = fakeApp(() => env.client, saved);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const roots = await tree.getChildren();
    assert.deepEqual(labels(tree, roots), [samples.compound.inchiKeyId], 'malformed stored entries are skipped');
    const children = await tree.getChildren(roots[0]);
    assert.equal(children.length, 21);
    assert.match(String(tree.getTreeItem(roots[0] as (typeof roots)[number]).description), /InChI Key ID · \d+ papers/);
    tree.dispose();
  });

  it('keeps loaded papers when a later page fails, turning Load more into Retry loading more', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const node = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey });
    env.sandbox.setFaults([{ kind: 'http500', path: '/synapse/chemical/paper/search', times: 1 }]);
    const failed = await tree.loadMore(node);
    assert.equal(failed?.state, 'failed');
    assert.equal(failed?.items.length, 20);
    const children = await tree.getChildren(node);
    const retry = tree.getTreeItem(children[children.length - 1] as (typeof children)[number]);
    assert.equal(retry.label, 'Retry loading more');
    assert.equal(retry.contextValue, 'loadMore;failed;');
    assert.ok(fake.messages.some((m) => m.level === 'error'), 'the failure was shown');
    const retried = await tree.loadMore(node);
    assert.equal(retried?.items.length, 40);
    assert.equal(retried?.state, 'idle');
    env.sandbox.setFaults([]);
    tree.dispose();
  });

  it('shows an empty state naming an id without papers, and a retry row when the first page fails', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const empty = await tree.add({ kind: 'inchiKeyId', value: '1' });
    const [message] = await tree.getChildren(empty);
    assert.equal(tree.getTreeItem(message as NonNullable<typeof message>).label, 'No papers found for InChI Key ID 1');

    env.sandbox.setFaults([{ kind: 'http500', path: '/synapse/chemical/paper/search', times: 1 }]);
    const broken = await tree.add({ kind: 'inchiKeyId', value: samples.compound.inchiKeyId });
    const [retry] = await tree.getChildren(broken);
    const item = tree.getTreeItem(retry as NonNullable<typeof retry>);
    assert.match(String(item.label), /Could not load papers/);
    assert.equal(item.command?.command, 'synapseLens.loadMorePapers');
    env.sandbox.setFaults([]);
    tree.dispose();
  });

  it('removes a search and forgets it', async () => {
    const { app, state } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const node = await tree.add({ kind: 'inchiKeyId', value: samples.compound.inchiKeyId });
    await tree.remove(node);
    assert.deepEqual(await tree.getChildren(), []);
    assert.deepEqual(state.get(LITERATURE_STORAGE_KEY), []);
    tree.dispose();
  });

  it('tree nodes say what panel they open: a literature search opens the paper list of its structure; its papers open nothing', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const search = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey });
    assert.deepEqual(search.opens, { panel: 'papers', init: { structure: samples.compound.inchiKey } });
    const [paper] = await tree.getChildren(search);
    assert.equal(paper?.kind, 'result');
    assert.equal(paper?.kind === 'result' ? paper.opens : 'not a paper', undefined);
    tree.dispose();
  });});
