// Calling a tool the same way from VS Code and from MCP: the input is checked with the tool's zod
// schema, and every failure (bad input, auth, quota, network) comes back as text the model can
// explain to the user, never as an exception.
import { z } from 'zod';
import { isPatsnapError } from '../api';
import { inertText } from '../protocol/inertText';
import type { ToolDefinition, ToolDeps, ToolResult } from './tool';

export interface InvokeOutcome extends ToolResult {
  /** The call did not produce the tool's answer (bad input, a refused or failed call). */
  readonly isError: boolean;
}

export async function invokeTool(tool: ToolDefinition, deps: ToolDeps, rawInput: unknown, signal: AbortSignal): Promise<InvokeOutcome> {
  const parsed = tool.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { text: `Invalid input for ${tool.name}:\n${z.prettifyError(parsed.error)}`, cited: [], isError: true };
  }
  try {
    return { ...(await tool.run(deps, parsed.data, signal)), isError: false };
  } catch (err) {
    return { text: failureText(tool, err), cited: [], isError: true };
  }
}

/** The UI's own message for a PatSnap error (src/api/errors.ts userMessage), else the error's text. */
function failureText(tool: ToolDefinition, err: unknown): string {
  if (isPatsnapError(err)) return `${tool.title} failed (${err.category}): ${inertText(err.userMessage, { maxLength: 500 })}`;
  return `${tool.title} failed: ${inertText(err instanceof Error ? err.message : String(err), { maxLength: 500 })}`;
}

/** The input's JSON Schema, from the same zod schema the call is checked with. */
export function inputJsonSchema(tool: ToolDefinition): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return schema;
}
