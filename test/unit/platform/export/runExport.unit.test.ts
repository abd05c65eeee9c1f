import * as assert from 'node:assert/strict';
import type { Uri, WebviewPanel } from 'vscode';
import { fakeLogChannel, installFakeVscode } from '../../../support/fakeVscode';
import type * as RunExport from '../../../../src/platform/export/runExport';
import type * as Channel from '../../../../src/platform/export/exportChannel';
import type { ExportSpec } from '../../../../src/platform/export/runExport';
import type { ExportOutcome } from '../../../../src/protocol/export';
import { PatsnapError } from '../../../../src/api';
import type { PageSpan } from '../../../../src/api';
import { memoryFiles } from '../../../support/memoryFiles';

const fake = installFakeVscode();
// Loaded after the fake is installed: these modules import 'vscode'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runExport } = require('../../../../src/platform/export/runExport') as typeof RunExport;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ExportChannel, ExportChannels } = require('../../../../src/platform/export/exportChannel') as typeof Channel;

const uri = (p: string) => (fake.module.Uri as { file(p: string): Uri }).file(p);

interface Row { readonly id: number; readonly claimed: boolean }

function spec(rows: number, fail?: Error): ExportSpec<Row> & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    title: 'rows of test', noun: 'rows', fileNameParts: ['test', 'rows'],
    columns: [{ key: 'id', header: 'ID', value: (r) => r.id }, { key: 'claimed', header: 'Claimed', value: (r) => r.claimed }],
    pageSize: 10,
    fetchPage: ({ index }) => {
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
    const mem = memoryFiles();
    const names: string[] = [];
    const s = spec(25);
    const outcome = await runExport(s, 'csv', {
      log: fakeLogChannel() as never,
      pickTarget: (name) => { names.push(name); return Promise.resolve(uri('/out/rows.csv')); },
      files: mem.files,
    });
    assert.deepEqual(names, ['test-rows.csv']);
    assert.deepEqual(s.asked, [0, 1, 2]);
    assert.deepEqual(outcome, { status: 'saved', uri: 'file:///out/rows.csv', rows: 9 });
    assert.deepEqual([...mem.contents.keys()], ['/out/rows.csv'], 'the target and nothing else');
    assert.equal(mem.contents.get('/out/rows.csv'), '\uFEFFID,Claimed\r\n0,true\r\n3,true\r\n6,true\r\n9,true\r\n12,true\r\n15,true\r\n18,true\r\n21,true\r\n24,true\r\n');
    assert.deepEqual(fake.messages.map((m) => [m.level, m.text, m.actions]), [['info', 'Synapse Lens: exported 9 rows to rows.csv.', ['Open File', 'Reveal']]]);
  });

  it('does nothing when the save dialog is dismissed', async () => {
    const s = spec(25);
    const mem = memoryFiles();
    const outcome = await runExport(s, 'json', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(undefined), files: mem.files });
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.deepEqual(s.asked, []);
    assert.deepEqual(mem.ops, []);
    assert.deepEqual(fake.messages, []);
  });

  it('writes nothing and says what to do when a page cannot be fetched', async () => {
    const mem = memoryFiles();
    const error = new PatsnapError({ category: 'network', message: 'ECONNREFUSED', userMessage: 'Cannot reach PatSnap. Check the connection.' });
    const outcome = await runExport(spec(25, error), 'csv', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/out/x.csv')), files: mem.files });
    assert.equal(outcome.status, 'failed');
    assert.deepEqual(mem.ops, []);
    assert.equal(fake.messages[0]?.level, 'error');
    assert.match(fake.messages[0]?.text ?? '', /Cannot reach PatSnap/);
    assert.ok(fake.messages[0]?.actions.includes('Retry'), 'a network failure can be retried');
  });

  it('treats a cancelled request as a cancelled export, not an error', async () => {
    const cancelled = new PatsnapError({ category: 'cancelled', message: 'Request cancelled' });
    const mem = memoryFiles({ '/out/x.csv': 'kept' });
    const outcome = await runExport(spec(25, cancelled), 'csv', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/out/x.csv')), files: mem.files });
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.deepEqual(mem.ops, [], 'no temporary file, no write');
    assert.deepEqual([...mem.contents], [['/out/x.csv', 'kept']]);
    assert.deepEqual(fake.messages.map((m) => m.level), ['info']);
    assert.match(fake.messages[0]?.text ?? '', /cancelled; nothing was written/);
  });

  it('names the file and the next step when writing fails', async () => {
    const mem = memoryFiles();
    mem.failWrite = new Error('EACCES: permission denied');
    const outcome = await runExport(spec(5), 'csv', { log: fakeLogChannel() as never, pickTarget: () => Promise.resolve(uri('/readonly/x.csv')), files: mem.files });
    assert.deepEqual(outcome, { status: 'failed', error: 'EACCES: permission denied' });
    assert.equal(fake.messages[0]?.level, 'error');
    assert.match(fake.messages[0]?.text ?? '', /could not write x\.csv \(EACCES: permission denied\)\. Choose another folder/);
  });
});

describe('export: atomic writes and the save dialog\'s consent', () => {
  beforeEach(() => fake.reset());

  const TARGET = '/out/rows.csv';
  const TEMP = /^\/out\/\.rows\.csv\.[0-9a-f]{12}\.tmp$/;
  const log = () => fakeLogChannel() as never;
  const pick = () => Promise.resolve(uri(TARGET));
  /** spec(25) whose first page fetch runs `during` (another program acting mid-export). */
  const specWith = (during: () => void) => {
    const s = spec(25);
    return { ...s, fetchPage: (span: PageSpan, signal: AbortSignal) => { if (span.index === 0) during(); return s.fetchPage(span, signal); } };
  };

  it('writes a hidden temporary file in the same folder, then renames it over the target', async () => {
    const mem = memoryFiles({ [TARGET]: 'old export' });
    const outcome = await runExport(spec(25), 'json', { log: log(), pickTarget: pick, files: mem.files });
    assert.equal(outcome.status, 'saved');
    assert.equal(mem.ops.length, 2, mem.ops.join('\n'));
    const temp = mem.ops[0]!.replace(/^write /, '');
    assert.match(temp, TEMP);
    assert.equal(mem.ops[1], `rename ${temp} -> ${TARGET}`);
    assert.match(mem.contents.get(TARGET) ?? '', /"rowCount": 9/);
    assert.deepEqual([...mem.contents.keys()], [TARGET]);
  });

  it('leaves the old file whole and no temporary file when the write fails half-way', async () => {
    const mem = memoryFiles({ [TARGET]: 'old export' });
    mem.failWrite = new Error('ENOSPC: no space left on device');
    const outcome = await runExport(spec(25), 'csv', { log: log(), pickTarget: pick, files: mem.files });
    assert.deepEqual(outcome, { status: 'failed', error: 'ENOSPC: no space left on device' });
    assert.deepEqual([...mem.contents], [[TARGET, 'old export']]);
    assert.match(mem.ops.at(-1) ?? '', /^delete \/out\/\.rows\.csv\./);
    assert.match(fake.messages[0]?.text ?? '', /could not write rows\.csv \(ENOSPC/);
  });

  it('leaves the old file whole and no temporary file when the rename fails', async () => {
    const mem = memoryFiles({ [TARGET]: 'old export' });
    mem.failRename = new Error('EBUSY: resource busy or locked');
    const outcome = await runExport(spec(25), 'csv', { log: log(), pickTarget: pick, files: mem.files });
    assert.equal(outcome.status, 'failed');
    assert.deepEqual([...mem.contents], [[TARGET, 'old export']]);
  });

  it('never writes to any path but the chosen one and its temporary sibling', async () => {
    const mem = memoryFiles();
    await runExport(spec(25), 'csv', { log: log(), pickTarget: pick, files: mem.files });
    for (const op of mem.ops) for (const p of op.replace(/^\w+ /, '').split(' -> ')) assert.ok(p === TARGET || TEMP.test(p), op);
  });

  it('replaces a file that was there when chosen without asking again (the dialog asked)', async () => {
    const mem = memoryFiles({ [TARGET]: 'old export' });
    let asked = 0;
    await runExport(spec(25), 'csv', { log: log(), pickTarget: pick, files: mem.files, confirmReplace: () => { asked++; return Promise.resolve(true); } });
    assert.equal(asked, 0);
    assert.match(mem.contents.get(TARGET) ?? '', /^\uFEFFID,Claimed/);
  });

  for (const [why, initial] of [['appeared', {}], ['changed', { [TARGET]: 'old export' }]] as const) {
    it(`asks before replacing a file that ${why} after it was chosen, and keeps it when the answer is no`, async () => {
      const mem = memoryFiles(initial);
      const asked: string[] = [];
      const outcome = await runExport(specWith(() => mem.put(TARGET, 'written by another program')), 'csv', {
        log: log(), pickTarget: pick, files: mem.files, confirmReplace: (target, reason) => { asked.push(`${target.path} ${reason}`); return Promise.resolve(false); },
      });
      assert.deepEqual(asked, [`${TARGET} ${why}`]);
      assert.deepEqual(outcome, { status: 'cancelled' });
      assert.deepEqual([...mem.contents], [[TARGET, 'written by another program']]);
      assert.deepEqual(mem.ops, [], 'not even a temporary file');
      assert.match(fake.messages[0]?.text ?? '', /rows\.csv was left as it is/);
    });
  }

  it('replaces it when the user says so in the modal question', async () => {
    const mem = memoryFiles({ [TARGET]: 'old export' });
    fake.nextMessageChoice = 'Replace';
    const outcome = await runExport(specWith(() => mem.put(TARGET, 'changed meanwhile')), 'csv', { log: log(), pickTarget: pick, files: mem.files });
    assert.equal(outcome.status, 'saved');
    assert.match(fake.messages[0]?.text ?? '', /rows\.csv was changed by another program after you chose it/);
    assert.deepEqual(fake.messages[0]?.actions, ['Replace']);
    assert.match(mem.contents.get(TARGET) ?? '', /^\uFEFFID,Claimed/);
  });
});

describe('export: the channel between the Export Panel command and the webview', () => {
  const panel = {} as WebviewPanel;
  const channels = new ExportChannels();

  it('asks the webview to start, uses the command\'s target instead of the dialog, and returns the outcome', async () => {
    const posted: unknown[] = [];
    const channel = new ExportChannel(channels, panel, (m) => { posted.push(m); return Promise.resolve(true); });
    assert.equal(channels.get(panel), channel);
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
    assert.equal(channels.get(panel), undefined);
  });

  it('fails the command, rather than waiting, when the panel cannot be reached or is closed', async () => {
    const hidden = new ExportChannel(channels, panel, () => Promise.resolve(false));
    assert.deepEqual(await hidden.start('csv', undefined), { status: 'failed', error: 'The panel is not visible; show it and try again.' });
    hidden.dispose();
    const closing = new ExportChannel(channels, panel, () => Promise.resolve(true));
    const started = closing.start('csv', undefined);
    closing.dispose();
    assert.deepEqual(await started, { status: 'failed', error: 'The panel was closed.' });
  });

  it('turns a run that throws into a failed outcome for both the webview and the command', async () => {
    const channel = new ExportChannel(channels, panel, () => Promise.resolve(true));
    const started = channel.start('csv', undefined);
    const outcome = await channel.fromWebview(() => Promise.reject(new Error('boom')));
    assert.deepEqual(outcome, { status: 'failed', error: 'boom' });
    assert.deepEqual(await started, outcome);
    channel.dispose();
  });
});
