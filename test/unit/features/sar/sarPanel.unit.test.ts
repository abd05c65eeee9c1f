import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { Chemistry } from '../../../../src/chem/rdkit';
import type * as SarPanel from '../../../../src/features/sar/sarPanel';
import type { ChemistryService } from '../../../../src/features/smiles/chemistryService';
import type * as Channels from '../../../../src/platform/export/exportChannel';
import type { FoundPapers, SarDrawing, SarSnapshot } from '../../../../src/protocol/sar';
import { sandboxSamples } from '../../../../src/sandbox/samples';
import { fakeApp } from '../../../support/fakeApp';
import { installFakeVscode } from '../../../support/fakeVscode';
import { sandboxWithClient } from '../../../support/sandboxClient';
import { nodeModulesRdkitPath } from '../../chem/rdkitPath';

const fake = installFakeVscode();
// Loaded after the fake is installed: they import 'vscode'.
/* eslint-disable @typescript-eslint/no-require-imports */
const { createSarPanels } = require('../../../../src/features/sar/sarPanel') as typeof SarPanel;
const { ExportChannels } = require('../../../../src/platform/export/exportChannel') as typeof Channels;
/* eslint-enable @typescript-eslint/no-require-imports */

interface Reply { readonly type: 'reply'; readonly id: number; readonly ok: boolean; readonly result?: unknown; readonly error?: string }

describe('SAR results panel: the page\'s requests (sandbox task, RDKit)', function () {
  this.timeout(60_000);
  const samples = sandboxSamples();
  const rdkit = new Chemistry({ modulePath: nodeModulesRdkitPath() });
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;
  const papersOpened: unknown[] = [];
  let nextId = 1;

  before(async () => (env = await sandboxWithClient()));
  after(async () => {
    rdkit.dispose();
    await env.close();
  });
  beforeEach(() => {
    fake.reset();
    papersOpened.length = 0;
    fake.registeredCommands.set('synapseLens.openPaperPanel', (arg) => papersOpened.push(arg));
  });

  it('heads a task opened by its ID with its name, as its tab does, not with the ID', async () => {
    const { app } = fakeApp(() => env.client);
    const subscriptions: { dispose(): unknown }[] = [];
    const extensionUri = { path: '/ext', fsPath: '/ext' } as unknown as vscode.Uri;
    const nameOf = (kind: string | undefined, id: string) => (kind === 'sarTask' && id === samples.sarTasks.multiFile ? 'CN112047962A.pdf + 3 more' : undefined);
    const panels = createSarPanels(app, { ...app, extensionUri, subscriptions, exports: new ExportChannels() }, { rdkit } as unknown as ChemistryService, { nameOf });
    panels.open({ taskId: samples.sarTasks.multiFile, label: '' });
    const page = fake.webviewPanels.at(-1);
    assert.ok(page);
    await page.send({ type: 'ready' });
    const init = page.posted.find((m) => (m as { type?: string }).type === 'init') as { init: { taskId: string; label: string } } | undefined;
    assert.deepEqual(init?.init, { taskId: samples.sarTasks.multiFile, label: 'CN112047962A.pdf + 3 more' });
    subscriptions.forEach((s) => s.dispose());
  });

  /** Opens the multi-file task's panel as the App would and loads its page up to the task's rows. */
  async function openedPage() {
    const { app } = fakeApp(() => env.client);
    const subscriptions: { dispose(): unknown }[] = [];
    const extensionUri = { path: '/ext', fsPath: '/ext' } as unknown as vscode.Uri;
    const panels = createSarPanels(app, { ...app, extensionUri, subscriptions, exports: new ExportChannels() }, { rdkit } as unknown as ChemistryService, { nameOf: () => undefined });
    panels.open({ taskId: samples.sarTasks.multiFile, label: 'Multi-file sample' });
    const page = fake.webviewPanels.at(-1);
    assert.ok(page);
    await page.send({ type: 'ready' });
    const ask = async (request: Record<string, unknown>): Promise<Reply> => {
      const id = nextId++;
      await page.send({ ...request, type: 'request', id });
      for (let i = 0; i < 200; i++) {
        const reply = page.posted.find((m) => (m as Reply).type === 'reply' && (m as Reply).id === id) as Reply | undefined;
        if (reply) return reply;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no reply to ${String(request.method)}`);
    };
    let snapshot: SarSnapshot | undefined;
    for (let i = 0; i < 100 && snapshot?.status !== 'SUCCESS'; i++) snapshot = (await ask({ method: 'snapshot' })).result as SarSnapshot;
    assert.equal(snapshot?.status, 'SUCCESS');
    return { ask, snapshot, close: () => subscriptions.forEach((s) => s.dispose()) };
  }

  it('draws structures as SVG, copies SMILES to the clipboard and opens the paper list for a row', async () => {
    const { ask, snapshot, close } = await openedPage();
    const row = snapshot.rows[0];
    assert.ok(row && row.smiles);
    const [drawing] = (await ask({ method: 'drawings', params: { smiles: [row.smiles], ink: 'dark' } })).result as SarDrawing[];
    assert.match(drawing?.svg ?? '', /^<\?xml[\s\S]*<svg[\s\S]*<\/svg>/);
    assert.equal((await ask({ method: 'copySmiles', params: { smiles: row.smiles } })).result, true);
    assert.equal(fake.clipboard, row.smiles);
    assert.ok(row.compound, 'the sample row has a compound name');
    const found = (await ask({ method: 'findPapers', params: { smiles: row.smiles, inchiKey: '', name: row.compound } })).result as FoundPapers;
    assert.match(found.inchiKey, /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/);
    assert.deepEqual(papersOpened, [{ structure: found.inchiKey, smiles: row.smiles, name: row.compound }], 'Find papers opened the paper list for the InChIKey, with the row\'s SMILES and name');
    close();
  });

  it('refuses to find papers for an invalid structure, saying why', async () => {
    const { ask, close } = await openedPage();
    const reply = await ask({ method: 'findPapers', params: { smiles: 'C1CC(', inchiKey: '' } });
    assert.equal(reply.ok, false);
    assert.match(reply.error ?? '', /not a valid SMILES.*never closed/);
    assert.deepEqual(papersOpened, []);
    close();
  });
});
