import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../../support/fakeVscode';
import type * as SavedSearchTreeModule from '../../../../src/features/shared/savedSearchTree';
import type * as SequenceTreeModule from '../../../../src/features/sequences/sequenceTree';
import { sandboxSamples } from '../../../../src/sandbox/samples';
import { fakeApp } from '../../../support/fakeApp';
import { sandboxWithClient } from '../../../support/sandboxClient';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { SavedSearchTree } = require('../../../../src/features/shared/savedSearchTree') as typeof SavedSearchTreeModule;
const { sequenceTreeConfig, SEQUENCES_STORAGE_KEY } = require('../../../../src/features/sequences/sequenceTree') as typeof SequenceTreeModule;
/* eslint-enable @typescript-eslint/no-require-imports */

describe('Sequences tree (against the sandbox)', () => {
  const samples = sandboxSamples();
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;

  before(async () => {
    env = await sandboxWithClient();
  });
  after(() => env.close());
  beforeEach(() => {
    fake.reset();
    fake.settings.set('synapseLens.pageSize', 50);
  });

  it('lists patents by publication number with the claimed flag and locations, and pages on', async () => {
    const { app, state } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const node = await tree.add(samples.sequences.many);
    const children = await tree.getChildren(node);
    assert.equal(children.length, 51);
    const items = children.slice(0, 50).map((c) => tree.getTreeItem(c));
    for (const item of items) {
      assert.match(String(item.label), /^[A-Z]{2}/);
      assert.match(String(item.description), /^(claims|APP|FIG|TABLE|EXAMPLE|PAGE|ANNEX)/);
    }
    assert.ok(items.some((i) => i.contextValue === 'sequencePatent;claimed;'));
    const total = (await tree.loadMore(node))?.total ?? 0;
    assert.ok(total > 100);
    assert.equal((await tree.getChildren(node)).length, 101);
    assert.deepEqual(state.get(SEQUENCES_STORAGE_KEY), [samples.sequences.many]);
    tree.dispose();
  });

  it('ends without a Load more row when everything fits on one page', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const node = await tree.add(samples.sequences.few);
    const children = await tree.getChildren(node);
    assert.ok(children.length > 1 && children.length < 10);
    assert.ok(children.every((c) => c.kind === 'result'));
    tree.dispose();
  });

  it('names an unknown sequence id in an empty-state row', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const node = await tree.add(samples.sequences.unknown);
    const children = await tree.getChildren(node);
    assert.equal(children.length, 1);
    assert.equal(tree.getTreeItem(children[0] as (typeof children)[number]).label, `No patents found for sequence ${samples.sequences.unknown}`);
    tree.dispose();
  });

  it('reloads from the first page when the service changes', async () => {
    const { app, changeServices } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const node = await tree.add(samples.sequences.many);
    await tree.loadMore(node);
    changeServices();
    const fresh = tree.find(samples.sequences.many);
    assert.ok(fresh);
    assert.equal(fresh.results.started, false);
    assert.equal((await tree.getChildren(fresh)).length, 51);
    tree.dispose();
  });

  it('tree nodes say what panel they open: a sequence and each of its patents open the sequence panel', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const search = await tree.add(samples.sequences.few);
    const target = { panel: 'sequences', init: { seqId: samples.sequences.few } };
    assert.deepEqual(search.opens, target);
    const patents = (await tree.getChildren(search)).filter((n) => n.kind === 'result');
    assert.ok(patents.length > 0);
    for (const patent of patents) assert.deepEqual(patent.opens, target);
    tree.dispose();
  });});
