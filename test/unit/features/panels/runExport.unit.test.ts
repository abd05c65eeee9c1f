import * as assert from 'node:assert/strict';
import type { Uri, WebviewPanel } from 'vscode';
import { fakeLogChannel, installFakeVscode } from '../../../support/fakeVscode';
import type * as RunExport from '../../../../src/features/panels/export/runExport';
import type * as Channel from '../../../../src/features/panels/export/exportChannel';
import type { ExportSpec } from '../../../../src/features/panels/export/runExport';
import type { ExportOutcome } from '../../../../src/protocol/export';
import { PatsnapError } from '../../../../src/api';

const fake = installFakeVscode();
// Loaded after the fake is installed: these modules import 'vscode'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runExport } = require('../../../../src/features/panels/export/runExport') as typeof RunExport;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ExportChannel, exportChannels } = require('../../../../src/features/panels/export/exportChannel') as typeof Channel;

const uri = (p: string) => (fake.module.Uri as { file(p: string): Uri }).file(p);

interface Row { readonly id: number; readonly claimed: boolean }

function spec(rows: number, fail?: Error): ExportSpec<Row> & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    title: 'rows of test', noun: 'rows', fileNameParts: ['test', 'rows'],
    columns: [{ key: 'id', header: 'ID', value: (r) => r.id }, { key: 'claimed', header: 'Claimed', value: (r) => r.claimed }],
    pageSize: 10,
    fetchPage: (index) => {
      asked.push(index);
      if (fail) return Promise.reject(fail);
      const items = Array.from({ length: Math.max(0, Math.min(10, rows - index * 10)) }, (_, i) => ({ id: index * 10 + i, claimed: (index * 10 + i) % 3 === 0 }));
      return Promise.resolve({ items, total: rows });
    },
    filter: (all) => all.filter((r) => r.claimed),
    about: { panel: 'Test', subject: { id: 'x' }, filters: { claimedOnly: true } },
  };
}

describe('export: one run in the host (fake vscode)', () => {
  beforeEach(() => fake.reset());

  it('asks where with the default file name, fetches every page, filters, writes, and offers to open it', async () => {
    const written: [string, string][] = [];
    const names: string[] = [];
    const s = spec(25);
    const outcome = await runExport(s, 'csv', {
      log: fakeLogChannel() as never,
      pickTarget: (name) => { names.push(name); return Promise.resolve(uri('/out/rows.csv')); },
      write: (target, content) => { written.push([target.toString(), new TextDecoder('utf-8', { ignoreBOM: true }).decode(content)]); return Promise.resolve(); },
    });
    assert.deepEqual(names, ['test-rows.csv']);
    assert.deepEqual(s.asked, [0, 1, 2]);
    assert.deepEqual(outcome, { status: 'saved', uri: 'file:///out/rows.csv', rows: 9 });
    assert.equal(written.length, 1);
    assert.equal(written[0]?.[1], '\uFEFFID,Claimed\r\n0,true\r\n3,true\r\n6,true\r\n9,true\r\n12,true\r\n15,true\r\n18,true\r\n21,true\r\n24,true\r\n');
    assert.deepEqual(fake.messages.map((m) => [m.level, m.text, m.actions]), [['info', 'Synapse Lens: exported 9 rows to rows.csv.', ['Open File', 'Reveal']]]);
  });

  it('does nothing when the save dialog is dismissed', async () => {
    const s = spec(25);
    let writes = 0;
    const outcome = await runExport(s, 'json', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(undefined), write: () => { writes++; return Promise.resolve(); } });
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.deepEqual(s.asked, []);
    assert.equal(writes, 0);
    assert.deepEqual(fake.messages, []);
  });

  it('writes nothing and says what to do when a page cannot be fetched', async () => {
    let writes = 0;
    const error = new PatsnapError({ category: 'network', message: 'ECONNREFUSED', userMessage: 'Cannot reach PatSnap. Check the connection.' });
    const outcome = await runExport(spec(25, error), 'csv', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/out/x.csv')), write: () => { writes++; return Promise.resolve(); } });
    assert.equal(outcome.status, 'failed');
    assert.equal(writes, 0);
    assert.equal(fake.messages[0]?.level, 'error');
    assert.match(fake.messages[0]?.text ?? '', /Cannot reach PatSnap/);
    assert.ok(fake.messages[0]?.actions.includes('Retry'), 'a network failure can be retried');
  });

  it('treats a cancelled request as a cancelled export, not an error', async () => {
    const cancelled = new PatsnapError({ category: 'cancelled', message: 'Request cancelled' });
    const outcome = await runExport(spec(25, cancelled), 'csv', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/out/x.csv')), write: () => Promise.resolve() });
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.deepEqual(fake.messages.map((m) => m.level), ['info']);
    assert.match(fake.messages[0]?.text ?? '', /cancelled; nothing was written/);
  });

  it('names the file and the next step when writing fails', async () => {
    const outcome = await runExport(spec(5), 'csv', {
      log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/readonly/x.csv')), write: () => Promise.reject(new Error('EACCES: permission denied')),
    });
    assert.deepEqual(outcome, { status: 'failed', error: 'EACCES: permission denied' });
    assert.equal(fake.messages[0]?.level, 'error');
    assert.match(fake.messages[0]?.text ?? '', /could not write x\.csv \(EACCES: permission denied\)\. Choose another folder/);
  });
});

describe('export: the channel between the Export Panel command and the webview', () => {
  const panel = {} as WebviewPanel;

  it('asks the webview to start, uses the command\'s target instead of the dialog, and returns the outcome', async () => {
    const posted: unknown[] = [];
    const channel = new ExportChannel(panel, (m) => { posted.push(m); return Promise.resolve(true); });
    assert.equal(exportChannels.get(panel), channel);
    const started = channel.start('json', uri('/given.json'));
    assert.deepEqual(posted, [{ type: 'startExport', format: 'json' }]);
    // The webview's export request arrives: the run gets a picker answering with the given target.
    const seen: (string | undefined)[] = [];
    const outcome: ExportOutcome = { status: 'saved', uri: 'file:///given.json', rows: 3 };
    await channel.fromWebview(async (pick) => { seen.push((await pick?.('ignored.json', 'json'))?.toString()); return outcome; });
    assert.deepEqual(await started, outcome);
    assert.deepEqual(seen, ['file:///given.json']);
    // A later click on the button uses the dialog again (no picker given).
    await channel.fromWebview(async (pick) => { seen.push(pick === undefined ? 'dialog' : 'fixed'); return { status: 'cancelled' }; });
    assert.deepEqual(seen, ['file:///given.json', 'dialog']);
    channel.dispose();
    assert.equal(exportChannels.has(panel), false);
  });

  it('fails the command, rather than waiting, when the panel cannot be reached or is closed', async () => {
    const hidden = new ExportChannel(panel, () => Promise.resolve(false));
    assert.deepEqual(await hidden.start('csv', undefined), { status: 'failed', error: 'The panel is not visible; show it and try again.' });
    hidden.dispose();
    const closing = new ExportChannel(panel, () => Promise.resolve(true));
    const started = closing.start('csv', undefined);
    closing.dispose();
    assert.deepEqual(await started, { status: 'failed', error: 'The panel was closed.' });
  });

  it('turns a run that throws into a failed outcome for both the webview and the command', async () => {
    const channel = new ExportChannel(panel, () => Promise.resolve(true));
    const started = channel.start('csv', undefined);
    const outcome = await channel.fromWebview(() => Promise.reject(new Error('boom')));
    assert.deepEqual(outcome, { status: 'failed', error: 'boom' });
    assert.deepEqual(await started, outcome);
    channel.dispose();
  });
});
