import * as assert from 'node:assert/strict';
import { sandboxSamples } from '../../src/sandbox/samples';
import { milestonesToHostSchema } from '../../src/protocol/milestones';
import { papersToHostSchema } from '../../src/protocol/papers';
import { sequencesToHostSchema } from '../../src/protocol/sequences';
import { panelsOnSandbox, run, until, watchPanel, within } from './support';
import type { OpenedPanel } from './support';

describe('Panels against the bundled sandbox', () => {
  const samples = sandboxSamples();
  panelsOnSandbox();

  it('opens the milestone panel, completes the handshake and answers its load request', async () => {
    const opened = await run<OpenedPanel>('openMilestonePanel', { drugId: samples.drugWithManyMilestones.id, drugName: 'Sample' });
    assert.ok(opened?.created);
    assert.equal(opened.panel.viewType, 'synapseLens.milestonesPanel');
    const page = watchPanel(opened.panel, milestonesToHostSchema);
    await within(page.ready, 30_000, 'ready handshake');
    await until(() => page.answered() >= 1, 30_000, 'load request answered');
    assert.equal(page.rejected(), 0);
  });

  it('reveals the open milestone panel instead of opening a second one', async () => {
    const again = await run<OpenedPanel>('openMilestonePanel', { drugId: samples.drugWithManyMilestones.id });
    assert.equal(again?.created, false);
  });

  it('opens the paper list for a structure and answers its page request', async () => {
    const opened = await run<OpenedPanel>('openPaperPanel', { structure: samples.compound.inchiKey });
    assert.ok(opened?.created);
    assert.equal(opened.panel.viewType, 'synapseLens.papersPanel');
    const page = watchPanel(opened.panel, papersToHostSchema);
    await within(page.ready, 30_000, 'ready handshake');
    await until(() => page.answered() >= 1, 30_000, 'page request answered');
  });

  it('opens the sequence patents panel from a Sequences tree node and answers its page request', async () => {
    // A tree node says what panel it opens (src/features/shared/opensPanel.ts).
    const opened = await run<OpenedPanel>('openSequencePanel', { opens: { panel: 'sequences', init: { seqId: samples.sequences.many } } });
    assert.ok(opened?.created);
    assert.equal(opened.panel.viewType, 'synapseLens.sequencePanel');
    assert.equal(opened.panel.title, `Sequence ${samples.sequences.many}: Patents`);
    const page = watchPanel(opened.panel, sequencesToHostSchema);
    await within(page.ready, 30_000, 'ready handshake');
    await until(() => page.answered() >= 1, 30_000, 'page request answered');
    assert.equal(page.rejected(), 0);
    const again = await run<OpenedPanel>('openSequencePanel', { seqId: samples.sequences.many });
    assert.equal(again?.created, false, 'one panel per sequence');
  });

  it('refuses malformed arguments', async () => {
    await assert.rejects(Promise.resolve(run('openMilestonePanel', { drugId: 'aspirin' })), /Not a PatSnap drug ID/);
    await assert.rejects(Promise.resolve(run('openPaperPanel', { structure: 'not-a-key' })), /Not an InChIKey/);
    await assert.rejects(Promise.resolve(run('openSequencePanel', { seqId: '12ab' })), /Not a PatSnap sequence id/);
  });
});
