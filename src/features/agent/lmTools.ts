// The agent tools as VS Code language-model tools (Copilot's agent mode and any chat participant):
// one vscode.lm.registerTool per definition of src/agent/tools, named as package.json contributes
// them (src/agent/contributions.ts). A call that costs PatSnap quota or starts work asks first.
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
          invocationMessage: `${tool.title}…`,
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

function confirmation(tool: ToolDefinition, input: unknown): vscode.LanguageModelToolConfirmationMessages {
  const what = tool.startsWork ? 'starts work on PatSnap that counts against your quota' : 'calls PatSnap and counts against your API quota';
  const message = new vscode.MarkdownString(`${markdownText(tool.title)} ${what}.\n\nInput: ${markdownText(JSON.stringify(input ?? {}), 1_000)}`);
  return { title: `Synapse Lens: ${tool.title}`, message };
}
