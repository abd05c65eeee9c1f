import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FoundPapers, SarDrawing, SarSnapshot, SarToHost } from '../../src/protocol/sar';
import { sandboxSamples } from '../../src/sandbox/samples';
import { panelsOnSandbox, until, within } from './support';
import type { OpenedPanel } from './support';

/** What Open SAR Results returns (src/features/panels/sarCommand.ts), as far as these tests use it. */
interface OpenedSarPanel extends OpenedPanel {
  readonly controller: {
    current(): SarSnapshot;
    handle(message: Exclude<SarToHost, { type: 'ready' }>): Promise<unknown>;
  };
}

const open = (arg?: unknown) => vscode.commands.executeCommand<OpenedSarPanel>('synapseLens.openSarPanel', arg);

describe('SAR results panel against the bundled sandbox', () => {
  const samples = sandboxSamples();
  let multi: OpenedSarPanel;
  panelsOnSandbox();

  it('opens for the multi-file task, completes the handshake and serves its rows and drawings to the webview', async () => {
    multi = await open({ taskId: samples.sarTasks.multiFile, label: 'Multi-file sample' });
    assert.ok(multi?.created);
    assert.equal(multi.panel.viewType, 'synapseLens.sarPanel');
    assert.equal(multi.panel.title, 'SAR: Multi-file sample');
    await within(multi.ready, 30_000, 'ready handshake');
    await until(() => multi.controller.current().status === 'SUCCESS', 20_000, 'task detail');
    const snapshot = multi.controller.current();
    assert.equal(snapshot.rows.length, 325);
    assert.deepEqual(snapshot.files.map((f) => f.status), ['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED']);
    assert.equal(snapshot.polling, false);
    // The webview asks for the snapshot, then for the drawings of the rows it shows.
    await until(() => multi.stats().answered >= 2, 30_000, 'snapshot and drawings requests answered');
    assert.equal(multi.stats().rejected, 0);
  });

  it('reveals the open panel when the task is opened again, also from its SAR Tasks node', async () => {
    assert.equal((await open(samples.sarTasks.multiFile))?.created, false);
    assert.equal((await open({ kind: 'task', entry: { id: samples.sarTasks.multiFile } }))?.created, false);
  });

  it('draws structures as SVG, copies SMILES to the clipboard and opens the paper list for a row', async () => {
    const row = multi.controller.current().rows[0];
    assert.ok(row && row.smiles);
    const [drawing] = (await multi.controller.handle({ type: 'request', id: 1, method: 'drawings', params: { smiles: [row.smiles], ink: 'dark' } })) as SarDrawing[];
    assert.match(drawing?.svg ?? '', /^<\?xml[\s\S]*<svg[\s\S]*<\/svg>/);
    assert.equal(await multi.controller.handle({ type: 'request', id: 2, method: 'copySmiles', params: { smiles: row.smiles } }), true);
    assert.equal(await vscode.env.clipboard.readText(), row.smiles);
    const found = (await multi.controller.handle({ type: 'request', id: 3, method: 'findPapers', params: { smiles: row.smiles, inchiKey: '' } })) as FoundPapers;
    assert.match(found.inchiKey, /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/);
    const papers = await vscode.commands.executeCommand<{ created: boolean }>('synapseLens.openPaperPanel', { structure: found.inchiKey });
    assert.equal(papers?.created, false, 'Find papers opened the paper list for the InChIKey');
  });

  it('refuses to find papers for an invalid structure, saying why', async () => {
    await assert.rejects(multi.controller.handle({ type: 'request', id: 4, method: 'findPapers', params: { smiles: 'C1CC(', inchiKey: '' } }), /not a valid SMILES.*never closed/);
  });

  it('follows a running task live: PENDING, then polling until SUCCESS with its rows', async function () {
    this.timeout(30_000);
    const opened = await open({ taskId: samples.sarTasks.progressing });
    await until(() => opened.controller.current().status !== undefined, 10_000, 'first answer');
    const first = opened.controller.current();
    assert.ok(['PENDING', 'PROCESSING'].includes(first.status ?? ''), first.status);
    assert.equal(first.polling, true);
    assert.equal(first.rows.length, 0);
    await until(() => opened.controller.current().status === 'SUCCESS', 25_000, 'SUCCESS by polling');
    assert.equal(opened.controller.current().polling, false);
    assert.equal(opened.controller.current().rows.length, 40);
  });

  it('shows FAILED and NOT_FOUND tasks as settled', async () => {
    const failed = await open({ taskId: samples.sarTasks.failed });
    const unknown = await open({ taskId: samples.sarTasks.unknown });
    await until(() => failed.controller.current().status === 'FAILED' && unknown.controller.current().status === 'NOT_FOUND', 10_000, 'settled');
    assert.equal(failed.controller.current().polling, false);
    assert.equal(unknown.controller.current().rows.length, 0);
  });

  it('refuses malformed task ids', async () => {
    await assert.rejects(Promise.resolve(open({ taskId: 'not an id!' })), /Not a SAR task id/);
  });
});
