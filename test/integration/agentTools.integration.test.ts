import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import * as vscode from 'vscode';
import { LM_TOOL_PREFIX } from '../../src/agent/contributions';
import { AGENT_TOOLS } from '../../src/agent/tools';
import { mcpProvider } from '../../src/features/agent/mcpProvider';
import { readSettings } from '../../src/platform/settings';
import { sandboxNames } from '../../src/sandbox/server';
import { sandboxSamples } from '../../src/sandbox/samples';
import { activatedExtension } from './extensionUnderTest';
import { useSandboxService } from './support';

/** The text a tool call returns, its parts joined. */
async function invoke(name: string, input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(LM_TOOL_PREFIX + name, { input, toolInvocationToken: undefined });
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

/**
 * The agent tools in a real extension host, on the sandbox: every tool is listed, every tool
 * answers with the sandbox's data, and the MCP server the extension offers answers tools/list.
 */
describe('Agent tools (language-model tools and the MCP provider)', function () {
  this.timeout(60_000);
  let restoreService: () => Promise<void>;
  const samples = sandboxSamples();
  const egfr = sandboxNames().find((n) => n.kind === 'target' && n.en === 'EGFR')?.id ?? '';

  before(async () => {
    await activatedExtension();
    restoreService = await useSandboxService();
  });

  after(async () => restoreService());

  it('vscode.lm.tools lists every tool with its input schema', () => {
    for (const tool of AGENT_TOOLS) {
      const listed = vscode.lm.tools.find((t) => t.name === LM_TOOL_PREFIX + tool.name);
      assert.ok(listed, `${tool.name} is listed`);
      assert.equal((listed.inputSchema as { type?: string } | undefined)?.type, 'object');
    }
  });

  it('each tool answers with the sandbox’s data', async () => {
    const drugs = await invoke('search_drugs', { targets: ['EGFR'], devStatus: ['Phase_3'] });
    assert.match(drugs, /^Drug search: \d+ drugs match/);
    assert.ok(drugs.includes(`target: EGFR (${egfr})`));
    const milestones = await invoke('drug_milestones', { drug: samples.drugWithManyMilestones.nameEn });
    assert.match(milestones, /^Drug milestones: \d+ in all; showing 1–10\./);
    const papers = await invoke('papers_for_structure', { structure: samples.compound.inchiKey });
    assert.match(papers, /^Papers for the structure: \d+ in all/);
    const sar = await invoke('sar_task', { task: samples.sarTasks.success });
    assert.match(sar, /^SAR task: \d+ of \d+ rows match/);
    const patents = await invoke('sequence_patents', { sequence: samples.sequences.few });
    assert.match(patents, /^Sequence patents: \d+ in all/);
    const structure = await invoke('describe_structure', { smiles: 'c1ccccc1O' });
    assert.ok(structure.includes('InChIKey: ISWSIDIOOBJBQZ-UHFFFAOYSA-N'));
  });

  it('describe_structure reads the SMILES under the cursor when given none', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'smiles', content: 'c1ccccc1O phenol\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    const text = await invoke('describe_structure', {});
    assert.ok(text.includes('Canonical SMILES: Oc1ccccc1'), text);
    const byName = await invoke('describe_structure', { smiles: 'phenol' });
    assert.ok(byName.includes('Formula: C6H6O'), 'a molecule the open file names');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an unknown name and invalid input come back as text, not as a failed call', async () => {
    const unknown = await invoke('search_drugs', { targets: ['EGF'] });
    assert.match(unknown, /not a target the dictionary knows/);
    const invalid = await invoke('search_drugs', { limit: 'ten' });
    assert.match(invalid, /Invalid input for search_drugs/);
  });

  it('the MCP provider resolves a definition whose server answers tools/list', async () => {
    const extension = await activatedExtension();
    const credentials = { read: async () => undefined } as unknown as Parameters<typeof mcpProvider>[0]['credentials'];
    const services = { account: async () => ({ service: 'sandbox' as const }) };
    const globalStorageUri = vscode.Uri.file(os.tmpdir());
    const provider = mcpProvider({ settings: readSettings, credentials, services, extensionUri: extension.extensionUri, globalStorageUri }, new vscode.EventEmitter<void>().event);
    const source = new vscode.CancellationTokenSource();
    const [offered] = (await provider.provideMcpServerDefinitions(source.token)) ?? [];
    assert.ok(offered instanceof vscode.McpStdioServerDefinition);
    assert.ok(offered.args.includes('--sandbox'), 'follows the sandbox setting');
    const resolved = await provider.resolveMcpServerDefinition?.(offered, source.token);
    assert.ok(resolved);
    assert.deepEqual(resolved.args.slice(-2), ['--names', `${os.tmpdir()}/names-sandbox.json`], 'reads the window’s sandbox dictionary');
    const env = Object.fromEntries(Object.entries({ ...process.env, ...resolved.env }).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const client = new Client({ name: 'integration', version: '1' });
    await client.connect(new StdioClientTransport({ command: resolved.command, args: resolved.args, env, stderr: 'ignore' }));
    try {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map((t) => t.name), AGENT_TOOLS.map((t) => t.name));
    } finally {
      await client.close();
    }
  });
});
