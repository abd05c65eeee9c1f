import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sandboxSamples } from '../../src/sandbox/samples';
import { activatedExtension } from './extensionUnderTest';

/** The snapshots our commands return to programmatic callers (src/features/shared/savedSearchTree.ts, sar/sarTree.ts). */
interface SearchSnapshot<T> {
  readonly key: string;
  readonly state: string;
  readonly total: number | undefined;
  readonly items: readonly T[];
}
interface SarTaskSnapshot {
  readonly id: string;
  readonly label: string | undefined;
  readonly status: string | undefined;
  readonly polling: boolean;
  readonly files: readonly { readonly status: string; readonly total: number | undefined }[];
}

const config = () => vscode.workspace.getConfiguration('synapseLens');

async function setSetting(key: string, value: unknown): Promise<void> {
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function run<T>(command: string, ...args: unknown[]): Thenable<T> {
  return vscode.commands.executeCommand<T>(`synapseLens.${command}`, ...args);
}

describe('Literature, SAR Tasks and Sequences views against the sandbox', () => {
  const samples = sandboxSamples();
  let saved: { service: unknown; pageSize: unknown } | undefined;

  before(async () => {
    await activatedExtension();
    saved = { service: config().inspect('service')?.workspaceValue, pageSize: config().inspect('pageSize')?.workspaceValue };
    await setSetting('service', 'sandbox');
    await setSetting('pageSize', 10);
    await vscode.commands.executeCommand('workbench.view.extension.synapseLens');
  });

  after(async () => {
    if (!saved) return;
    await setSetting('service', saved.service);
    await setSetting('pageSize', saved.pageSize);
  });

  it('finds papers for an InChIKey and loads a second page', async () => {
    const first = await run<SearchSnapshot<{ title?: string }>>('findPapers', samples.compound.inchiKey);
    assert.equal(first.items.length, 10);
    assert.ok((first.total ?? 0) > 100);
    await vscode.commands.executeCommand('synapseLens.literature.focus');
    // Programmatic callers name the search by its key; the tree resolves its own node.
    const second = await run<SearchSnapshot<unknown>>('loadMorePapers', samples.compound.inchiKey);
    assert.equal(second.items.length, 20);
    assert.equal(second.state, 'idle');
  });

  it('finds papers by InChI Key ID as well', async () => {
    const result = await run<SearchSnapshot<unknown>>('findPapers', samples.compound.inchiKeyId);
    assert.equal(result.items.length, 10);
  });

  it('refuses a malformed InChIKey passed as an argument', async () => {
    assert.equal(await run('findPapers', 'not-a-key'), undefined);
  });

  it('opens SAR tasks by id: SUCCESS with files, FAILED, and an unknown id as NOT_FOUND', async () => {
    const success = await run<SarTaskSnapshot>('openSarTask', samples.sarTasks.success);
    assert.equal(success.status, 'SUCCESS');
    assert.equal(success.polling, false);
    assert.ok(success.files.some((f) => f.status === 'SUCCESS' && (f.total ?? 0) > 0));
    assert.equal((await run<SarTaskSnapshot>('openSarTask', samples.sarTasks.failed)).status, 'FAILED');
    const unknown = await run<SarTaskSnapshot>('openSarTask', samples.sarTasks.unknown);
    assert.equal(unknown.status, 'NOT_FOUND');
    await vscode.commands.executeCommand('synapseLens.sarTasks.focus');
  });

  it('starts an extraction from a patent number and polls the new task', async () => {
    const created = await run<SarTaskSnapshot | undefined>('extractSar', { pn: 'US2020123456A1', language: 'EN' });
    assert.ok(created, 'a task was created');
    assert.ok(['PENDING', 'PROCESSING', 'SUCCESS'].includes(created.status ?? ''), String(created.status));
  });

  it('uploads a PDF for extraction and polls the new task, which is named after the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-sar-'));
    const pdf = path.join(dir, 'compounds.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    try {
      const created = await run<SarTaskSnapshot | undefined>('extractSar', { file: pdf, language: 'CN' });
      assert.ok(created, 'a task was created');
      assert.equal(created.label, 'compounds.pdf');
      assert.ok(['PENDING', 'PROCESSING', 'SUCCESS'].includes(created.status ?? ''), String(created.status));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a PDF before sending anything', async () => {
    assert.equal(await run('extractSar', { file: path.join(os.tmpdir(), 'notes.txt') }), undefined);
  });

  it('lists the patents of a sequence and names an unknown one', async () => {
    const many = await run<SearchSnapshot<{ pn: string }>>('findSequencePatents', samples.sequences.many);
    assert.equal(many.items.length, 10);
    assert.ok((many.total ?? 0) > 100);
    assert.match(many.items[0]?.pn ?? '', /^[A-Z]{2}/);
    const unknown = await run<SearchSnapshot<unknown>>('findSequencePatents', samples.sequences.unknown);
    assert.equal(unknown.items.length, 0);
    assert.equal(unknown.state, 'complete');
    await vscode.commands.executeCommand('synapseLens.sequences.focus');
  });
});
