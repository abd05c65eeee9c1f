import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../support/fakeVscode';
import type * as LiteratureModule from '../../../src/features/literature';
import type * as SequencesModule from '../../../src/features/sequences';
import type * as SarModule from '../../../src/features/sar';
import type * as SarTreeModule from '../../../src/features/sar/sarTree';
import type * as LiteratureTreeModule from '../../../src/features/literature/literatureTree';
import type * as SequenceTreeModule from '../../../src/features/sequences/sequenceTree';
import type * as SavedSearchTreeModule from '../../../src/features/shared/savedSearchTree';
import type { PatsnapClient } from '../../../src/api';
import type { App } from '../../../src/app';
import type { Feature } from '../../../src/features/feature';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { fakeApp } from '../../support/fakeApp';
import { sandboxWithClient } from '../../support/sandboxClient';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { literatureFeature } = require('../../../src/features/literature') as typeof LiteratureModule;
const { sequencesFeature } = require('../../../src/features/sequences') as typeof SequencesModule;
const { sarFeature } = require('../../../src/features/sar') as typeof SarModule;
const { sarTreeConfig } = require('../../../src/features/sar/sarTree') as typeof SarTreeModule;
const { literatureTreeConfig } = require('../../../src/features/literature/literatureTree') as typeof LiteratureTreeModule;
const { sequenceTreeConfig } = require('../../../src/features/sequences/sequenceTree') as typeof SequenceTreeModule;
const { SavedSearchTree } = require('../../../src/features/shared/savedSearchTree') as typeof SavedSearchTreeModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A fake App with the three trees these commands add to, built as src/app.ts builds them. */
function appWithTrees(client: () => PatsnapClient) {
  return fakeApp(client, undefined, (core) => ({
    literature: new SavedSearchTree(core, literatureTreeConfig),
    sequences: new SavedSearchTree(core, sequenceTreeConfig),
    sarTasks: new SavedSearchTree(core, sarTreeConfig(core)),
  }));
}

/** Runs a feature's command as the command registry would, with the given arguments. */
function run(feature: Feature, name: string, app: App, ...args: unknown[]): Promise<unknown> {
  const factory = feature.commands[name];
  assert.ok(factory, `no command ${name}`);
  return Promise.resolve(factory(app)(...args));
}

describe('Literature, Sequences and SAR commands with programmatic arguments', () => {
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

  it('finds papers for a structure and opens a paper DOI over https', async () => {
    const { app } = appWithTrees(() => env.client);
    const snapshot = (await run(literatureFeature, 'findPapers', app, samples.compound.inchiKey)) as { items: { doi?: string }[]; total: number };
    assert.equal(snapshot.items.length, 5);
    assert.ok(snapshot.total > 100);
    const paper = snapshot.items.find((p) => p.doi);
    assert.ok(paper, 'a sandbox paper with a DOI');
    const opened = await run(literatureFeature, 'openPaperDoi', app, { kind: 'result', result: paper });
    assert.equal(opened, true);
    assert.match(fake.openedExternal[0] ?? '', /^https:\/\/doi\.org\//);
  });

  it('refuses a malformed id passed as an argument, without a request', async () => {
    const { app } = appWithTrees(() => env.client);
    env.sandbox.resetStats();
    assert.equal(await run(literatureFeature, 'findPapers', app, 'aspirin'), undefined);
    assert.equal(await run(sequencesFeature, 'findSequencePatents', app, '12ab'), undefined);
    assert.equal(await run(sarFeature, 'openSarTask', app, 'no such id!'), undefined);
    assert.equal(fake.messages.filter((m) => m.level === 'error').length, 3);
    assert.equal(env.sandbox.stats.requests, 0);
  });

  it('refuses to open a non-https source link', async () => {
    const { app, log } = appWithTrees(() => env.client);
    const paper = { id: 'x', doi: undefined, title: 't', authors: [], pubmedUrls: [], sourceUrl: 'http://example.com/a', institutions: [] };
    assert.equal(await run(literatureFeature, 'openPaperSource', app, { kind: 'result', result: paper }), false);
    assert.deepEqual(fake.openedExternal, []);
    assert.equal(log.lines.length, 0, 'an unusable link is not offered at all, so nothing was tried');
  });

  it('lists a sequence and opens a SAR task by id', async () => {
    const { app } = appWithTrees(() => env.client);
    const patents = (await run(sequencesFeature, 'findSequencePatents', app, samples.sequences.few)) as { items: unknown[] };
    assert.ok(patents.items.length > 1);
    const task = (await run(sarFeature, 'openSarTask', app, samples.sarTasks.success)) as { status: string };
    assert.equal(task.status, 'SUCCESS');
  });
});
