import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { PatsnapClient } from '../../../src/api';
import { DATA_CLOSE, DATA_OPEN } from '../../../src/agent/format';
import { AGENT_TOOLS } from '../../../src/agent/tools';
import { Chemistry } from '../../../src/chem/rdkit';
import { sarRows } from '../../../src/features/sar/sarViewModel';
import { writeNameFile } from '../../../src/names/nameFile';
import { applySarQuery, NO_QUERY } from '../../../src/protocol/sarQuery';
import { sandboxNames } from '../../../src/sandbox/server';
import { sandboxSamples } from '../../../src/sandbox/samples';
import { nodeModulesRdkitPath } from '../chem/rdkitPath';
import { buildBundlesForTest } from '../../support/mcpBuild';
import { sandboxWithClient } from '../../support/sandboxClient';

const OSIMERTINIB = 'COc1cc(N(C)CCN(C)C)c(NC(=O)C=C)cc1Nc1nccc(-c2cn(C)c3ccccc23)n1';

interface TextResult { readonly text: string; readonly isError: boolean }

/** The MCP server as an MCP client starts it: `node dist/mcp.js --sandbox` over stdio. */
describe('MCP server (node dist/mcp.js --sandbox, through the SDK client)', function () {
  this.timeout(120_000);
  let outdir: string;
  let mcp: Client;
  let direct: Awaited<ReturnType<typeof sandboxWithClient>>;
  let client: PatsnapClient;
  const samples = sandboxSamples();
  const targetId = (en: string) => sandboxNames().find((n) => n.kind === 'target' && n.en === en)?.id ?? assert.fail(`no target ${en}`);

  before(async () => {
    outdir = buildBundlesForTest();
    mcp = new Client({ name: 'unit-test', version: '1' });
    await mcp.connect(new StdioClientTransport({ command: process.execPath, args: [path.join(outdir, 'mcp.js'), '--sandbox'], stderr: 'ignore' }));
    // The same sandbox data from a second server: the answers are deterministic (src/sandbox/samples.ts).
    direct = await sandboxWithClient();
    client = direct.client;
  });

  after(async () => {
    await mcp?.close();
    await direct?.close();
    if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
  });

  async function call(name: string, args: Record<string, unknown>): Promise<TextResult> {
    const result = await mcp.callTool({ name, arguments: args });
    const content = result.content as { type: string; text: string }[];
    assert.equal(content.length, 1);
    assert.equal(content[0]?.type, 'text');
    return { text: content[0]?.text ?? '', isError: result.isError === true };
  }

  it('lists every tool with its JSON Schema input', async () => {
    const { tools } = await mcp.listTools();
    assert.deepEqual(tools.map((t) => t.name), AGENT_TOOLS.map((t) => t.name));
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object');
      assert.ok((tool.description ?? '').length > 80, `${tool.name} tells the model when to use it`);
    }
  });

  it('"drugs for target EGFR in phase 3": the target by name, the same drugs and count as the client', async () => {
    const result = await call('search_drugs', { targets: ['EGFR'], devStatus: ['Phase_3'] });
    const expected = await client.searchDrugs({ target: { value: [targetId('EGFR')] }, devStatus: ['Phase_3'], limit: 10 });
    assert.equal(result.isError, false);
    assert.ok(expected.items.length > 0, 'the sandbox has phase 3 EGFR drugs');
    assert.match(result.text, new RegExp(`^Drug search: ${expected.total} drugs match`));
    for (const drug of expected.items) assert.ok(result.text.includes(`drug ID ${drug.id}`), drug.id);
    assert.ok(result.text.includes(`target: EGFR (${targetId('EGFR')})`));
    assert.ok(result.text.includes('B007 POST /synapse/drug/search'), 'cites the endpoint');
  });

  it('the same search by the target’s Chinese name and by its ID', async () => {
    const byCn = await call('search_drugs', { targets: ['表皮生长因子受体'], devStatus: ['Phase_3'] });
    const byId = await call('search_drugs', { targets: [targetId('EGFR')], devStatus: ['Phase_3'] });
    const byEn = await call('search_drugs', { targets: ['egfr'], devStatus: ['Phase_3'] });
    assert.equal(byCn.text, byEn.text);
    assert.equal(byId.text, byEn.text);
  });

  it('pages: at most the limit, then "N more — call again with offset"', async () => {
    const first = await call('search_drugs', { limit: 5 });
    const expected = await client.searchDrugs({ limit: 5 });
    assert.ok((expected.total ?? 0) > 5);
    assert.ok(first.text.includes(`${(expected.total ?? 0) - 5} more — call again with offset 5.`));
    const second = await call('search_drugs', { limit: 5, offset: 5 });
    const next = await client.searchDrugs({ limit: 5, offset: 5 });
    for (const drug of next.items) assert.ok(second.text.includes(drug.id));
  });

  it('an unknown target name answers with the closest known targets, not with results', async () => {
    const result = await call('search_drugs', { targets: ['EGF'] });
    assert.ok(!result.text.includes('Drug search:'));
    assert.match(result.text, /not a target the dictionary knows/);
    assert.ok(result.text.includes(`EGFR / 表皮生长因子受体 (target ID ${targetId('EGFR')})`));
  });

  it('invalid input comes back as an error result naming the field', async () => {
    for (const [args, field] of [[{ limit: 'ten' }, 'limit'], [{ offset: -1 }, 'offset'], [{ devStatus: ['Phase 3'] }, 'devStatus'], [{ colour: 'red' }, 'colour']] as const) {
      const result = await call('search_drugs', args);
      assert.equal(result.isError, true, JSON.stringify(args));
      assert.ok(result.text.includes(field), `${JSON.stringify(args)} → ${result.text}`);
    }
    const unknownTool = await mcp.callTool({ name: 'drop_tables', arguments: {} });
    assert.equal(unknownTool.isError, true);
  });

  it('drug milestones by drug name match the client', async () => {
    const result = await call('drug_milestones', { drug: samples.drugWithManyMilestones.nameEn });
    const expected = await client.getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, offset: 0, limit: 10 });
    assert.equal(result.isError, false);
    assert.match(result.text, new RegExp(`^Drug milestones: ${expected.total} in all; showing 1–${expected.items.length}\\.`));
    for (const m of expected.items) assert.ok(result.text.includes(m.date ?? 'no date'));
    const missing = await call('drug_milestones', {});
    assert.equal(missing.isError, true);
  });

  it('papers for a structure: by InChIKey, and by SMILES through RDKit', async () => {
    const byKey = await call('papers_for_structure', { structure: samples.compound.inchiKey });
    const expected = await client.searchChemicalPapers({ inchiKeyId: samples.compound.inchiKey, page: 1, rows: 8 });
    assert.match(byKey.text, new RegExp(`^Papers for the structure: ${expected.total} in all`));
    for (const p of expected.items) assert.ok(byKey.text.includes(p.id));
    const rdkit = new Chemistry({ modulePath: nodeModulesRdkitPath() });
    try {
      const info = await rdkit.describe(OSIMERTINIB);
      assert.ok(info?.ok);
      const bySmiles = await call('papers_for_structure', { structure: OSIMERTINIB });
      assert.ok(bySmiles.text.includes(`Structure: ${info.inchiKey} (SMILES`), bySmiles.text.slice(0, 300));
      const papers = await client.searchChemicalPapers({ inchiKeyId: info.inchiKey, page: 1, rows: 8 });
      for (const p of papers.items) assert.ok(bySmiles.text.includes(p.id));
    } finally {
      rdkit.dispose();
    }
    const nonsense = await call('papers_for_structure', { structure: 'C1CC(' });
    assert.match(nonsense.text, /RDKit/);
    assert.ok(!nonsense.text.includes('Papers for the structure:'));
  });

  it('SAR task results filtered as the SAR table filters them', async () => {
    const detail = await client.getSarTaskDetail({ taskId: samples.sarTasks.success });
    const rows = sarRows(detail);
    const indicator = rows[0]?.indicator ?? assert.fail('the sample task has rows');
    const kept = applySarQuery(rows, { ...NO_QUERY, indicator });
    const result = await call('sar_task', { task: samples.sarTasks.success, indicator, limit: 40 });
    assert.match(result.text, new RegExp(`^SAR task: ${kept.length} of ${rows.length} rows match`));
    assert.equal((result.text.match(/^\d+\. /gm) ?? []).length, Math.min(kept.length, 40));
    const invalid = await call('sar_task', { task: samples.sarTasks.success, sortBy: 'potency' });
    assert.equal(invalid.isError, true);
    assert.ok(invalid.text.includes('sortBy'));
    const running = await call('sar_task', { task: samples.sarTasks.progressing });
    assert.match(running.text, /^SAR task: (PENDING|PROCESSING), no results yet\./);
  });

  it('starts a SAR extraction from a patent number and hands back a task sar_task can read', async () => {
    const started = await call('start_sar_extraction', { patent: 'WO2021081212A1' });
    assert.equal(started.isError, false);
    const taskId = /Task ID: ([0-9a-f]{32})/.exec(started.text)?.[1] ?? assert.fail(started.text);
    const detail = await call('sar_task', { task: taskId });
    assert.match(detail.text, new RegExp(`Task ${taskId}: (PENDING|PROCESSING|SUCCESS)`));
    const missing = await call('start_sar_extraction', {});
    assert.equal(missing.isError, true);
    assert.ok(missing.text.includes('patent'));
  });

  it('sequence patents by sequence ID match the client', async () => {
    const result = await call('sequence_patents', { sequence: samples.sequences.few });
    const expected = await client.getSequencePatents({ seqId: samples.sequences.few, page: 1, size: 10 });
    assert.match(result.text, new RegExp(`^Sequence patents: ${expected.total} in all`));
    for (const p of expected.items) assert.ok(result.text.includes(p.pn));
    const tooMany = await call('sequence_patents', { sequence: samples.sequences.few, size: 1000 });
    assert.equal(tooMany.isError, true);
    assert.ok(tooMany.text.includes('size'));
  });

  it('describes a structure with RDKit; without one (no editor outside VS Code) says what to pass', async () => {
    const result = await call('describe_structure', { smiles: 'c1ccccc1O' });
    assert.ok(result.text.includes('Canonical SMILES: Oc1ccccc1'));
    assert.ok(result.text.includes('Formula: C6H6O'));
    assert.ok(result.text.includes('InChIKey: ISWSIDIOOBJBQZ-UHFFFAOYSA-N'));
    const none = await call('describe_structure', {});
    assert.match(none.text, /pass a SMILES/);
  });

  it('every answer keeps API text inside one data block', async () => {
    const result = await call('search_drugs', { targets: ['EGFR'] });
    const lines = result.text.split('\n');
    assert.equal(lines.filter((l) => l === DATA_OPEN).length, 1);
    assert.equal(lines.filter((l) => l === DATA_CLOSE).length, 1);
    const ids = lines.slice(lines.indexOf(DATA_OPEN) + 1, lines.indexOf(DATA_CLOSE)).filter((l) => /drug ID/.test(l));
    assert.equal(ids.length, lines.filter((l) => /drug ID/.test(l)).length, 'every drug line is inside the block');
  });

  it('without --sandbox and without credentials: names from --names resolve, and the sign-in failure comes back as text', async () => {
    const namesFile = path.join(outdir, 'names.json');
    fs.writeFileSync(namesFile, writeNameFile([{ kind: 'target', id: targetId('EGFR'), names: { EN: 'EGFR' }, source: 'user', seen: 1 }]));
    const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === 'string' && !e[0].startsWith('PATSNAP_')));
    const real = new Client({ name: 'unit-test-patsnap', version: '1' });
    await real.connect(new StdioClientTransport({ command: process.execPath, args: [path.join(outdir, 'mcp.js'), '--names', namesFile], env, stderr: 'ignore' }));
    try {
      const result = await real.callTool({ name: 'search_drugs', arguments: { targets: ['EGFR'] } });
      const text = (result.content as { text: string }[])[0]?.text ?? '';
      assert.equal(result.isError, true);
      assert.match(text, /^Search drugs failed \(auth\): /, text);
      assert.doesNotMatch(text, /dictionary knows/, 'EGFR resolved from the names file');
    } finally {
      await real.close();
    }
  });
});
