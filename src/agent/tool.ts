// One definition per agent tool, free of `vscode`: the language-model tools inside VS Code
// (src/features/agent/lmTools.ts) and the MCP server outside it (src/agent/mcpServer.ts) are both
// built from the same list (src/agent/tools/index.ts), so a tool reads and answers the same in both.
import type { z } from 'zod';
import type { PatsnapClient } from '../api';
import type { MoleculeResult } from '../chem/molecule';
import type { NameIndex } from './resolveNames';
import type { NamedMolecule } from './namedMolecules';

/** What a tool may use. Inside VS Code these are the window's own objects (app.services, app.names, app.chemistry). */
export interface ToolDeps {
  /** The same client the UI uses: credentials, cache, pacing and error messages included. */
  client(): Promise<PatsnapClient>;
  readonly names: NameIndex;
  /** RDKit (src/chem): canonical SMILES, formula, weight and InChIKey of one SMILES. */
  describe(smiles: string, signal: AbortSignal): Promise<MoleculeResult | undefined>;
  /** The user's editor, inside VS Code only. */
  readonly editor?: EditorContext;
}

export interface EditorContext {
  /** The selected text, else the SMILES under the cursor; undefined when there is neither. */
  structureAtCursor(): string | undefined;
  /** Molecules the open files name (a .smi line's name, a table's name column beside its SMILES). */
  namedMolecules(): readonly NamedMolecule[];
}

/** A tool's answer: compact text for the model and where each fact came from (endpoint + IDs). */
export interface ToolResult {
  readonly text: string;
  readonly cited: readonly string[];
}

export interface ToolDefinition<S extends z.ZodType = z.ZodType> {
  /** snake_case, the same in package.json (`synapse_lens_` + name) and on the MCP server. */
  readonly name: string;
  readonly title: string;
  /** One line for people (the tools picker). */
  readonly userDescription: string;
  /** When to use the tool and what its IDs mean, for the model. */
  readonly modelDescription: string;
  readonly input: S;
  /** A PatSnap call counted against the account's quota. */
  readonly costsQuota: boolean;
  /** Starts work on the service that goes on after the call (a SAR extraction). */
  readonly startsWork: boolean;
  run(deps: ToolDeps, input: z.output<S>, signal: AbortSignal): Promise<ToolResult>;
}

/** Keeps each definition's input type while the list holds them all. */
export function defineTool<S extends z.ZodType>(definition: ToolDefinition<S>): ToolDefinition {
  return definition as unknown as ToolDefinition;
}

/**
 * Whether the user confirms a call before it runs: work that goes on after the call always; a call
 * that costs quota when it goes to PatSnap (the sandbox costs nothing).
 */
export function needsConfirmation(tool: Pick<ToolDefinition, 'costsQuota' | 'startsWork'>, service: 'patsnap' | 'sandbox'): boolean {
  return tool.startsWork || (tool.costsQuota && service !== 'sandbox');
}
