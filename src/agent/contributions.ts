// package.json's `contributes.languageModelTools`, made from the tool definitions: the unit test
// test/unit/agent/contributions.unit.test.ts fails when package.json or package.nls.json differs,
// and `npm run agent:contributions` writes them. The names users see are `%key%` placeholders
// whose English is in package.nls.json (made here) and whose Chinese is in package.nls.zh-cn.json.
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
    displayName: `%${nlsKey(tool, 'displayName')}%`,
    toolReferenceName: tool.name,
    canBeReferencedInPrompt: true,
    userDescription: `%${nlsKey(tool, 'userDescription')}%`,
    modelDescription: tool.modelDescription,
    icon: tool.name === 'describe_structure' ? '$(beaker)' : '$(search)',
    inputSchema: inputJsonSchema(tool),
  }));
}

/** The English text of each tool's `%key%` placeholders, as package.nls.json holds it. */
export function languageModelToolStrings(tools: readonly ToolDefinition[]): Record<string, string> {
  return Object.fromEntries(tools.flatMap((tool) => [
    [nlsKey(tool, 'displayName'), tool.title],
    [nlsKey(tool, 'userDescription'), tool.userDescription],
  ]));
}

function nlsKey(tool: ToolDefinition, field: 'displayName' | 'userDescription'): string {
  return `languageModelTools.${tool.name}.${field}`;
}
