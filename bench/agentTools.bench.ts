// The agent tools' figures: what a tool call adds over the bare client call it makes (name
// resolution, input checks, formatting the answer), as a ratio measured in alternating rounds of
// the same run, and how large each answer is in tokens (≈ characters / 4) at the default limits.
import { createPatsnapClient } from '../src/api';
import type { PatsnapClient } from '../src/api';
import { invokeTool } from '../src/agent/invoke';
import type { ToolDeps } from '../src/agent/tool';
import { AGENT_TOOLS } from '../src/agent/tools';
import { Chemistry } from '../src/chem/rdkit';
import { EntityDictionary } from '../src/names/dictionary';
import { sandboxNames } from '../src/sandbox/server';
import { sandboxSamples } from '../src/sandbox/samples';
import { nodeModulesRdkitPath } from '../test/unit/chem/rdkitPath';
import { startSandboxProcess } from './sandboxProcess';
import { measurePair } from './stats';
import type { BenchResult } from './result';

const TOKEN_TARGET = 2_000;
/** Formatting a page of answers is a small part of a loopback call; a remote call makes it smaller still. */
const OVERHEAD_TARGET = 1.25;

type Case = { tool: string; input: object; bare: (client: PatsnapClient) => Promise<unknown> };

export async function benchAgentTools(): Promise<BenchResult[]> {
  const sandbox = await startSandboxProcess();
  const rdkit = new Chemistry({ modulePath: nodeModulesRdkitPath() });
  const names = new EntityDictionary();
  names.seed(sandboxNames().map((n) => ({ kind: n.kind, id: n.id, names: { EN: n.en, CN: n.cn } })));
  const egfr = sandboxNames().find((n) => n.kind === 'target' && n.en === 'EGFR')?.id ?? '';
  const samples = sandboxSamples();
  try {
    // The cache off on both sides: each call goes to the sandbox, as a first question would.
    const client = createPatsnapClient({ baseUrl: sandbox.url, credentials: async () => ({ kind: 'apiKey', apiKey: sandbox.credentials.apiKey }), requestsPerSecond: 0, cacheTtlMs: 0 });
    const deps: ToolDeps = { client: async () => client, names, describe: (smiles, signal) => rdkit.describe(smiles, undefined, signal) };
    const signal = new AbortController().signal;
    const cases: Case[] = [
      { tool: 'search_drugs', input: { targets: ['EGFR'], devStatus: ['Phase_3'] }, bare: (c) => c.searchDrugs({ target: { value: [egfr] }, devStatus: ['Phase_3'], offset: 0, limit: 10 }) },
      { tool: 'drug_milestones', input: { drug: samples.drugWithManyMilestones.nameEn }, bare: (c) => c.getDrugMilestones({ drugId: samples.drugWithManyMilestones.id, offset: 0, limit: 10 }) },
      { tool: 'papers_for_structure', input: { structure: samples.compound.inchiKey }, bare: (c) => c.searchChemicalPapers({ inchiKeyId: samples.compound.inchiKey, page: 1, rows: 8 }) },
      { tool: 'sar_task', input: { task: samples.sarTasks.success }, bare: (c) => c.getSarTaskDetail({ taskId: samples.sarTasks.success }) },
      { tool: 'sequence_patents', input: { sequence: samples.sequences.many }, bare: (c) => c.getSequencePatents({ seqId: samples.sequences.many, page: 1, size: 10 }) },
    ];
    const results: BenchResult[] = [];
    for (const { tool, input, bare } of cases) {
      const definition = AGENT_TOOLS.find((t) => t.name === tool);
      if (!definition) throw new Error(`no tool ${tool}`);
      const call = () => invokeTool(definition, deps, input, signal);
      const { ratio, a, b } = await measurePair([`${tool}: bare client call`, () => bare(client)], [`${tool}: tool call`, call], 12, 20);
      const text = (await call()).text;
      const tokens = Math.ceil(text.length / 4);
      console.log(`${tool}: bare ${a.medianMs.toFixed(2)} ms, tool ${b.medianMs.toFixed(2)} ms, ratio ${ratio.toFixed(3)}; answer ${text.length} characters ≈ ${tokens} tokens`);
      results.push({ name: `${tool}: tool call / bare client call`, value: ratio, unit: 'ratio', target: `≤ ${OVERHEAD_TARGET}`, ok: ratio <= OVERHEAD_TARGET });
      results.push({ name: `${tool}: answer tokens (default limits)`, value: tokens, unit: 'count', target: `≤ ${TOKEN_TARGET}`, ok: tokens <= TOKEN_TARGET });
    }
    const describe = AGENT_TOOLS.find((t) => t.name === 'describe_structure');
    if (describe) {
      const text = (await invokeTool(describe, deps, { smiles: 'COc1cc(N(C)CCN(C)C)c(NC(=O)C=C)cc1Nc1nccc(-c2cn(C)c3ccccc23)n1' }, signal)).text;
      const tokens = Math.ceil(text.length / 4);
      console.log(`describe_structure: answer ${text.length} characters ≈ ${tokens} tokens`);
      results.push({ name: 'describe_structure: answer tokens', value: tokens, unit: 'count', target: `≤ ${TOKEN_TARGET}`, ok: tokens <= TOKEN_TARGET });
    }
    client.dispose();
    return results;
  } finally {
    rdkit.dispose();
    await sandbox.close();
  }
}
