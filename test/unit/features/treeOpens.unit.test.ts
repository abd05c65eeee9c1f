// Tree nodes say which panel they open (src/features/shared/opensPanel.ts): the Open … commands
// read `opens` and nothing else about a node, so each node that opens a panel must carry it.
import * as assert from 'node:assert/strict';
import type * as LiteratureTreeModule from '../../../src/features/literature/literatureTree';
import type * as SarTreeModule from '../../../src/features/sar/sarTree';
import type * as SequenceTreeModule from '../../../src/features/sequences/sequenceTree';
import type * as EngineModule from '../../../src/features/shared/savedSearchTree';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { fakeApp } from '../../support/fakeApp';
import { FakeTimer } from '../../support/fakeTimer';
import { installFakeVscode } from '../../support/fakeVscode';
import { sandboxWithClient } from '../../support/sandboxClient';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { SavedSearchTree } = require('../../../src/features/shared/savedSearchTree') as typeof EngineModule;
const { literatureTreeConfig } = require('../../../src/features/literature/literatureTree') as typeof LiteratureTreeModule;
const { sequenceTreeConfig } = require('../../../src/features/sequences/sequenceTree') as typeof SequenceTreeModule;
const { sarTreeConfig } = require('../../../src/features/sar/sarTree') as typeof SarTreeModule;
/* eslint-enable @typescript-eslint/no-require-imports */

describe('tree nodes say what panel they open', () => {
  const samples = sandboxSamples();
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;

  before(async () => {
    env = await sandboxWithClient();
  });
  after(() => env.close());
  beforeEach(() => {
    fake.reset();
    fake.settings.set('synapseLens.pageSize', 5);
  });

  it('a literature search opens the paper list of its structure; its papers open nothing', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, literatureTreeConfig);
    const search = await tree.add({ kind: 'inchiKey', value: samples.compound.inchiKey });
    assert.deepEqual(search.opens, { panel: 'papers', init: { structure: samples.compound.inchiKey } });
    const [paper] = await tree.getChildren(search);
    assert.equal(paper?.kind, 'result');
    assert.equal(paper?.kind === 'result' ? paper.opens : 'not a paper', undefined);
    tree.dispose();
  });

  it('a sequence and each of its patents open the sequence panel', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sequenceTreeConfig);
    const search = await tree.add(samples.sequences.few);
    const target = { panel: 'sequences', init: { seqId: samples.sequences.few } };
    assert.deepEqual(search.opens, target);
    const patents = (await tree.getChildren(search)).filter((n) => n.kind === 'result');
    assert.ok(patents.length > 0);
    for (const patent of patents) assert.deepEqual(patent.opens, target);
    tree.dispose();
  });

  it('a SAR task and each of its files open the task\'s SAR panel', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = new SavedSearchTree(app, sarTreeConfig(app, new FakeTimer()));
    const task = await tree.add({ id: samples.sarTasks.multiFile, label: 'paper.pdf' });
    const target = { panel: 'sar', init: { taskId: samples.sarTasks.multiFile, label: 'paper.pdf' } };
    assert.deepEqual(task.opens, target);
    const files = (await tree.getChildren(task)).filter((n) => n.kind === 'result');
    assert.ok(files.length > 1);
    for (const file of files) assert.deepEqual(file.opens, target);
    tree.dispose();
  });
});
