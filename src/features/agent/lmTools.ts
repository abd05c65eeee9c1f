// The agent tools as VS Code language-model tools (Copilot's agent mode and any chat participant):
// one vscode.lm.registerTool per definition of src/agent/tools, named as package.json contributes
// them (src/agent/contributions.ts). A call that costs PatSnap quota or starts work asks first.
// What the person reads (progress, confirmation) is in the display language; what the tool returns
// to the model stays English, as do the descriptions (the manifest's translations cover those).
import * as vscode from 'vscode';
import type { App } from '../../app';
import { LM_TOOL_PREFIX } from '../../agent/contributions';
import { invokeTool } from '../../agent/invoke';
import { needsConfirmation } from '../../agent/tool';
import type { ToolDefinition } from '../../agent/tool';
import { AGENT_TOOLS } from '../../agent/tools';
import { markdownText } from '../../protocol/inertText';
import { abortSignalOf, toolDeps } from './toolDeps';

export function registerLanguageModelTools(app: App): void {
  // An editor without the language-model API (an older VS Code or a fork) runs everything else.
  if (typeof vscode.lm?.registerTool !== 'function') {
    app.log.warn('Agent tools: this editor has no vscode.lm.registerTool; the tools are not offered to chat');
    return;
  }
  const deps = toolDeps(app);
  for (const tool of AGENT_TOOLS) {
    app.subscriptions.push(
      vscode.lm.registerTool<unknown>(LM_TOOL_PREFIX + tool.name, {
        prepareInvocation: (options) => ({
          invocationMessage: vscode.l10n.t('{0}…', toolTitle(tool)),
          confirmationMessages: needsConfirmation(tool, app.settings().service) ? confirmation(tool, options.input) : undefined,
        }),
        invoke: async (options, token) => {
          const outcome = await invokeTool(tool, deps, options.input, abortSignalOf(token));
          if (outcome.isError) app.log.info(`Agent tool ${tool.name}: ${outcome.text.split('\n')[0] ?? ''}`);
          return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(outcome.text)]);
        },
      }),
    );
  }
}

/** Each tool's title as people read it; src/agent/tools keeps the English (the MCP server's), which these match. */
const TOOL_TITLES: Readonly<Record<string, () => string>> = {
  search_drugs: () => vscode.l10n.t('Search drugs'),
  drug_milestones: () => vscode.l10n.t('Drug milestones'),
  papers_for_structure: () => vscode.l10n.t('Papers for a structure'),
  sar_task: () => vscode.l10n.t('SAR task status and results'),
  start_sar_extraction: () => vscode.l10n.t('Start SAR extraction'),
  sequence_patents: () => vscode.l10n.t('Sequence patents'),
  describe_structure: () => vscode.l10n.t('Describe structure'),
};

export function toolTitle(tool: Pick<ToolDefinition, 'name' | 'title'>): string {
  return Object.hasOwn(TOOL_TITLES, tool.name) ? (TOOL_TITLES[tool.name]?.() ?? tool.title) : tool.title;
}

function confirmation(tool: ToolDefinition, input: unknown): vscode.LanguageModelToolConfirmationMessages {
  const title = markdownText(toolTitle(tool));
  const shown = markdownText(JSON.stringify(input ?? {}), 1_000);
  const message = tool.startsWork
    ? vscode.l10n.t('{0} starts work on PatSnap that counts against your quota.\n\nInput: {1}', title, shown)
    : vscode.l10n.t('{0} calls PatSnap and counts against your API quota.\n\nInput: {1}', title, shown);
  return { title: vscode.l10n.t('Synapse Lens: {0}', toolTitle(tool)), message: new vscode.MarkdownString(message) };
}
