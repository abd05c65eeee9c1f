// package.json's `contributes.languageModelTools`, made from the tool definitions: the unit test
// test/unit/agent/contributions.unit.test.ts fails when package.json differs, and
// `npm run agent:contributions` writes them.
import { inputJsonSchema } from './invoke';
import type { ToolDefinition } from './tool';

/** VS Code tool names are global across extensions; ours carry the extension's name. */
export const LM_TOOL_PREFIX = 'synapse_lens_';

export interface LanguageModelToolContribution {
  readonly name: string;
  readonly displayName: string;
  readonly toolReferenceName: string;
  readonly canBeReferencedInPrompt: true;
  readonly userDescription: string;
  readonly modelDescription: string;
  readonly icon: string;
  readonly inputSchema: Record<string, unknown>;
}

export function languageModelToolContributions(tools: readonly ToolDefinition[]): LanguageModelToolContribution[] {
  return tools.map((tool) => ({
    name: LM_TOOL_PREFIX + tool.name,
    displayName: tool.title,
    toolReferenceName: tool.name,
    canBeReferencedInPrompt: true,
    userDescription: tool.userDescription,
    modelDescription: tool.modelDescription,
    icon: tool.name === 'describe_structure' ? '$(beaker)' : '$(search)',
    inputSchema: inputJsonSchema(tool),
  }));
}
