import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SarDrawing } from '../../src/protocol/sar';
import { sarToHostSchema } from '../../src/protocol/sar';
import { sandboxSamples } from '../../src/sandbox/samples';
import { latestSnapshot, panelsOnSandbox, until, watchPanel, within } from './support';
import type { OpenedPanel, PanelWatch } from './support';

/** Opens SAR Results and watches the panel's messages (test/integration/support.ts). */
async function open(arg?: unknown): Promise<OpenedPanel & { page: PanelWatch; current: () => ReturnType<typeof latestSnapshot> }> {
  const opened = await vscode.commands.executeCommand<OpenedPanel>('synapseLens.openSarPanel', arg);
  assert.ok(opened, 'the command returned the panel');
  const page = watchPanel(opened.panel, sarToHostSchema);
  return { ...opened, page, current: () => latestSnapshot(page) };
}

describe('SAR results panel against the bundled sandbox', () => {
  const samples = sandboxSamples();
  let multi: Awaited<ReturnType<typeof open>>;
  panelsOnSandbox();

  it('opens for the multi-file task, completes the handshake and serves its rows and drawings to the webview', async () => {
    multi = await open({ taskId: samples.sarTasks.multiFile, label: 'Multi-file sample' });
    assert.ok(multi?.created);
    assert.equal(multi.panel.viewType, 'synapseLens.sarPanel');
    assert.equal(multi.panel.title, 'SAR: Multi-file sample');
    await within(multi.page.ready, 30_000, 'ready handshake');
    await until(() => multi.current()?.status === 'SUCCESS', 20_000, 'task detail');
    const snapshot = multi.current();
    assert.ok(snapshot);
    assert.equal(snapshot.rows.length, 325);
    assert.deepEqual(snapshot.files.map((f) => f.status), ['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED']);
    assert.equal(snapshot.polling, false);
    // The webview asks for the snapshot, then for the drawings of the rows it shows.
    await until(() => multi.page.answered() >= 2, 30_000, 'snapshot and drawings requests answered');
    assert.equal(multi.page.rejected(), 0);
  });

  it('reveals the open panel when the task is opened again, also from its SAR Tasks node', async () => {
    assert.equal((await open({ taskId: samples.sarTasks.multiFile }))?.created, false);
    // A SAR Tasks node says what it opens (src/features/shared/opensPanel.ts).
    assert.equal((await open({ opens: { panel: 'sar', init: { taskId: samples.sarTasks.multiFile, label: '' } } }))?.created, false);
  });

  it('draws the structures the page shows as SVG', async () => {
    // The page asks for the drawings of its visible rows; the host's reply carries the SVG text.
    // Copy SMILES and Find papers are driven through the same handlers in test/unit/features/sar/sarPanel.unit.test.ts.
    await until(() => multi.page.posted.some((m) => m.type === 'reply' && Array.isArray(m.result) && m.result.length > 0), 30_000, 'drawings answered');
    const drawings = multi.page.posted.find((m) => m.type === 'reply' && Array.isArray(m.result) && m.result.length > 0)?.result as SarDrawing[];
    assert.ok(drawings.some((d) => /^<\?xml[\s\S]*<svg[\s\S]*<\/svg>/.test(d.svg ?? '')));
  });

  it('follows a running task live: PENDING, then polling until SUCCESS with its rows', async function () {
    this.timeout(30_000);
    const opened = await open({ taskId: samples.sarTasks.progressing });
    await until(() => opened.current()?.status !== undefined, 10_000, 'first answer');
    const first = opened.current();
    assert.ok(first);
    assert.ok(['PENDING', 'PROCESSING'].includes(first.status ?? ''), first.status);
    assert.equal(first.polling, true);
    assert.equal(first.rows.length, 0);
    await until(() => opened.current()?.status === 'SUCCESS', 25_000, 'SUCCESS by polling');
    assert.equal(opened.current()?.polling, false);
    assert.equal(opened.current()?.rows.length, 40);
  });

  it('shows FAILED and NOT_FOUND tasks as settled', async () => {
    // One after the other: a page shows (and hears from its host) only while its panel is visible.
    const failed = await open({ taskId: samples.sarTasks.failed });
    await until(() => failed.current()?.status === 'FAILED', 10_000, 'FAILED settled');
    assert.equal(failed.current()?.polling, false);
    const unknown = await open({ taskId: samples.sarTasks.unknown });
    await until(() => unknown.current()?.status === 'NOT_FOUND', 10_000, 'NOT_FOUND settled');
    assert.equal(unknown.current()?.rows.length, 0);
  });

  it('refuses malformed task ids', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('synapseLens.openSarPanel', { taskId: 'not an id!' })), /Not a SAR task id/);
  });
});
