import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { patentsOf } from '../../src/sandbox/data/sequences';
import { sandboxSamples } from '../../src/sandbox/samples';
import { parseCsv } from '../support/csv';
import { milestonesToHostSchema } from '../../src/protocol/milestones';
import { papersToHostSchema } from '../../src/protocol/papers';
import type { SarSnapshot } from '../../src/protocol/sar';
import { sarToHostSchema } from '../../src/protocol/sar';
import { sequencesToHostSchema } from '../../src/protocol/sequences';
import { latestSnapshot, panelsOnSandbox, run, until, watchPanel } from './support';
import type { OpenedPanel, PanelWatch } from './support';

type ExportOutcome = { status: 'saved'; uri: string; rows: number } | { status: 'cancelled' } | { status: 'failed'; error: string };

/** RFC 4180 records (the files start with a BOM, which is removed first). */
function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'starts with a UTF-8 BOM');
  return parseCsv(text.slice(1));
}

describe('Export in the real host: panel → webview filters → host fetch → file', () => {
  const samples = sandboxSamples();
  const expected = patentsOf(samples.sequences.many);
  let dir: string;
  panelsOnSandbox();

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synapse-export-'));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openSequencePanel(): Promise<OpenedPanel & { page: PanelWatch }> {
    const opened = await run<OpenedPanel>('openSequencePanel', { seqId: samples.sequences.many });
    assert.ok(opened, 'the command returned the panel');
    assert.equal(opened.panel.viewType, 'synapseLens.sequencePanel');
    const page = watchPanel(opened.panel, sequencesToHostSchema);
    await page.ready;
    await until(() => page.answered() >= 1, 30_000, 'first page answered');
    await until(() => opened.panel.active, 10_000, 'panel active');
    return { ...opened, page };
  }

  it('exports every page of a sequence with more than 100 patents as CSV, one record per patent', async () => {
    const opened = await openSequencePanel();
    const target = vscode.Uri.file(path.join(dir, 'patents.csv'));
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'csv', target });
    assert.deepEqual(outcome, { status: 'saved', uri: target.toString(), rows: expected.length });
    assert.ok(expected.length > 100);
    const records = readCsv(target.fsPath);
    assert.deepEqual(records[0], ['Publication number', 'Patent ID', 'Claimed', 'SEQ ID NO', 'APP', 'FIG', 'PAGE', 'ANNEX', 'TABLE', 'EXAMPLE', 'Other locations']);
    assert.equal(records.length, expected.length + 1);
    // The sandbox's own records, read independently of the client: same order, same values.
    assert.deepEqual(records.slice(1).map((r) => r[0]), expected.map((p) => p.pn));
    assert.deepEqual(records.slice(1).map((r) => r[2]), expected.map((p) => String(p.claimed)));
    assert.deepEqual(records.slice(1).map((r) => r[5]), expected.map((p) => (p.location.FIG ?? []).join('; ')));
    assert.equal(opened.page.rejected(), 0);
  });

  it('replaces an existing file through a temporary file in the same folder, leaving none behind', async () => {
    await openSequencePanel();
    const target = vscode.Uri.file(path.join(dir, 'replaced.csv'));
    fs.writeFileSync(target.fsPath, 'an older export');
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'csv', target });
    assert.deepEqual(outcome, { status: 'saved', uri: target.toString(), rows: expected.length });
    assert.equal(readCsv(target.fsPath).length, expected.length + 1);
    assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('exports the same patents as JSON with lists kept as arrays', async () => {
    await openSequencePanel();
    const target = vscode.Uri.file(path.join(dir, 'patents.json'));
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'json', target });
    assert.equal(outcome?.status, 'saved');
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as { panel: string; subject: unknown; filters: unknown; rowCount: number; rows: { pn: string; sequenceIdNumbers: string[] }[] };
    assert.equal(json.panel, 'Sequence patents');
    assert.deepEqual(json.subject, { seqId: samples.sequences.many });
    assert.deepEqual(json.filters, { claimedOnly: false });
    assert.equal(json.rowCount, expected.length);
    assert.deepEqual(json.rows.map((r) => r.sequenceIdNumbers), expected.map((p) => p.sequence_id_number));
  });

  it('exports the milestone timeline of a drug with the webview\'s filters (none: every milestone)', async () => {
    const opened = await run<OpenedPanel>('openMilestonePanel', { drugId: samples.drugWithManyMilestones.id, drugName: 'Sample' });
    assert.ok(opened);
    const page = watchPanel(opened.panel, milestonesToHostSchema);
    await page.ready;
    await until(() => page.answered() >= 1 && opened.panel.active, 30_000, 'milestones loaded');
    const target = vscode.Uri.file(path.join(dir, 'milestones.csv'));
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'csv', target });
    assert.equal(outcome?.status, 'saved');
    const records = readCsv(target.fsPath);
    assert.equal(records[0]?.[0], 'Date');
    assert.equal(records.length - 1, outcome?.status === 'saved' ? outcome.rows : -1);
    const dates = records.slice(1).map((r) => r[0] ?? '');
    // Newest first, as the timeline shows it by default.
    assert.deepEqual(dates, [...dates].sort((a, b) => b.localeCompare(a)));
  });

  it('exports every page of a paper list (over 100 papers) as JSON, newest first as the panel shows it', async () => {
    const opened = await run<OpenedPanel>('openPaperPanel', { structure: samples.compound.inchiKey });
    assert.ok(opened);
    const page = watchPanel(opened.panel, papersToHostSchema);
    await page.ready;
    await until(() => page.answered() >= 1 && opened.panel.active, 30_000, 'papers loaded');
    const target = vscode.Uri.file(path.join(dir, 'papers.json'));
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'json', target });
    assert.equal(outcome?.status, 'saved');
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as { filters: unknown; totalBeforeFilters: number; rowCount: number; rows: { id: string; publishedDate: string }[] };
    assert.deepEqual(json.filters, { sortOrder: 'desc', lang: 'EN' });
    assert.ok(json.rowCount > 100, `more than one page of 100: ${json.rowCount}`);
    assert.equal(json.rowCount, json.totalBeforeFilters);
    assert.equal(new Set(json.rows.map((r) => r.id)).size, json.rowCount, 'no paper twice across pages');
    const dates = json.rows.map((r) => r.publishedDate).filter((d) => d !== '');
    assert.deepEqual(dates, [...dates].sort((a, b) => b.localeCompare(a)));
  });

  it('exports every result of a multi-file SAR task as CSV, in the table\'s order', async () => {
    const opened = await run<OpenedPanel>('openSarPanel', { taskId: samples.sarTasks.multiFile, label: 'Multi-file sample' });
    assert.ok(opened);
    const page = watchPanel(opened.panel, sarToHostSchema);
    await page.ready;
    const current = (): SarSnapshot | undefined => latestSnapshot(page);
    await until(() => current()?.status === 'SUCCESS' && opened.panel.active, 30_000, 'task loaded');
    const rows = current()?.rows ?? [];
    const target = vscode.Uri.file(path.join(dir, 'sar.csv'));
    const outcome = await run<ExportOutcome>('exportPanel', { format: 'csv', target });
    assert.deepEqual(outcome, { status: 'saved', uri: target.toString(), rows: rows.length });
    assert.ok(rows.length > 100);
    const records = readCsv(target.fsPath);
    assert.deepEqual(records[0]?.slice(0, 6), ['File', 'Compound', 'Code', 'SMILES', 'InChIKey', 'Indicator']);
    assert.deepEqual(records.slice(1).map((r) => [r[0], r[3], r[5]]), rows.map((r) => [r.fileName, r.smiles, r.indicator]));
    assert.equal(page.rejected(), 0);
  });

  it('tells the user when no panel is active, and refuses an unknown format', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await run('exportPanel', { format: 'csv', target: vscode.Uri.file(path.join(dir, 'none.csv')) }), undefined);
    assert.equal(fs.existsSync(path.join(dir, 'none.csv')), false);
    await openSequencePanel();
    await assert.rejects(Promise.resolve(run('exportPanel', { format: 'xlsx' })), /Unknown export format/);
  });
});
