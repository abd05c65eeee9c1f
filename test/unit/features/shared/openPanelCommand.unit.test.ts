import * as assert from 'node:assert/strict';
import type { App } from '../../../../src/app';
import type * as Milestones from '../../../../src/features/drugs/milestonesPanel';
import type * as Sar from '../../../../src/features/sar/sarPanel';
import type * as Sequences from '../../../../src/features/sequences/sequencesPanel';
import { installFakeVscode } from '../../../support/fakeVscode';

installFakeVscode();
// Loaded after the fake is installed: they import 'vscode'.
/* eslint-disable @typescript-eslint/no-require-imports */
const { openMilestonePanel } = require('../../../../src/features/drugs/milestonesPanel') as typeof Milestones;
const { openSarPanel } = require('../../../../src/features/sar/sarPanel') as typeof Sar;
const { openSequencePanel } = require('../../../../src/features/sequences/sequencesPanel') as typeof Sequences;
/* eslint-enable @typescript-eslint/no-require-imports */

const DRUG = '7926e1c8b21fad0376f0d24236683f6c';

/** An App whose panel kinds record the inits they were asked to open. */
function appOpening() {
  const opened: [string, unknown][] = [];
  const kind = (name: string) => ({ viewType: name, open: (init: unknown) => (opened.push([name, init]), { key: name, created: true, panel: undefined }) });
  const app = { panels: { milestones: kind('milestones'), papers: kind('papers'), sequences: kind('sequences'), sar: kind('sar') }, settings: () => ({ pageSize: 20 }) } as unknown as App;
  return { app, opened };
}

describe('Open … panel commands: what a node or a caller says the panel is about', () => {
  it('opens what a tree node says it opens, checked with the protocol\'s init schema', async () => {
    const { app, opened } = appOpening();
    await openSequencePanel(app)({ kind: 'anything', opens: { panel: 'sequences', init: { seqId: '834879' } } });
    await openSarPanel(app)({ opens: { panel: 'sar', init: { taskId: 'task-1', label: 'paper.pdf' } } });
    await openMilestonePanel(app)({ opens: { panel: 'milestones', init: { drugId: DRUG, drugName: 'Sample' } } });
    assert.deepEqual(opened, [['sequences', { seqId: '834879' }], ['sar', { taskId: 'task-1', label: 'paper.pdf' }], ['milestones', { drugId: DRUG, drugName: 'Sample' }]]);
  });

  it('refuses a node whose init the schema or the panel\'s rule rejects, opening nothing', async () => {
    const { app, opened } = appOpening();
    await assert.rejects(openSequencePanel(app)({ opens: { panel: 'sequences', init: { seqId: '12ab' } } }), /Not a PatSnap sequence id/);
    await assert.rejects(openMilestonePanel(app)({ opens: { panel: 'milestones', init: { drugId: DRUG, drugName: 'x', extra: '<script>' } } }), /not usable/);
    await assert.rejects(openSarPanel(app)({ opens: { panel: 'sar', init: { taskId: 'not an id!', label: '' } } }), /Not a SAR task id/);
    assert.deepEqual(opened, []);
  });

  it('takes a programmatic init, filling in what it may leave out', async () => {
    const { app, opened } = appOpening();
    await openMilestonePanel(app)({ drugId: DRUG });
    await openSarPanel(app)({ taskId: ' task-2 ' });
    await openSequencePanel(app)({ seqId: '834879' });
    assert.deepEqual(opened, [['milestones', { drugId: DRUG, drugName: DRUG }], ['sar', { taskId: 'task-2', label: '' }], ['sequences', { seqId: '834879' }]]);
    await assert.rejects(openMilestonePanel(app)({ drugId: 'aspirin' }), /Not a PatSnap drug ID/);
  });
});
