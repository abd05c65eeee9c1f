// RDKit's reading of one structure: canonical SMILES, formula, weight, InChIKey. Local, no quota.
import { z } from 'zod';
import { listing, quoted } from '../format';
import { defineTool } from '../tool';
import type { ToolDeps } from '../tool';
import { moleculesNamed } from '../namedMolecules';

export const describeStructureInput = z.strictObject({
  smiles: z.string().min(1).max(5_000).optional().describe("A SMILES, or a molecule name the user's open file defines; leave out to use the editor's selection or the SMILES under the cursor"),
});

export const describeStructure = defineTool({
  name: 'describe_structure',
  title: 'Describe structure',
  userDescription: 'Canonical SMILES, formula, weight and InChIKey of a structure (RDKit, local).',
  modelDescription:
    "Describe a chemical structure with RDKit, locally (no PatSnap call): canonical SMILES, molecular formula, molecular weight and InChIKey (the key papers_for_structure accepts). " +
    "Give a SMILES or a molecule name from the user's open .smi/CSV file; without one, inside VS Code it reads the selection or the SMILES under the cursor.",
  input: describeStructureInput,
  costsQuota: false,
  startsWork: false,
  async run(deps, input, signal) {
    const target = structureOf(deps, input.smiles);
    if (!target.ok) return { text: target.problem, cited: [] };
    const info = await deps.describe(target.smiles, signal);
    if (!info) return { text: 'The description was cancelled.', cited: [] };
    if (!info.ok) return { text: listing({ heading: 'RDKit could not read this structure.', lines: [`Input: ${quoted(target.smiles)}`, `Reason: ${quoted(info.reason)}`] }), cited: ['RDKit'] };
    return {
      text: listing({
        heading: `Structure described by RDKit${target.from ? ` (${target.from})` : ''}.`,
        lines: [
          `Input: ${quoted(target.smiles, 500)}`,
          `Canonical SMILES: ${quoted(info.canonicalSmiles, 500)}`,
          `Formula: ${info.formula}`,
          `Molecular weight: ${info.molecularWeight.toFixed(2)}`,
          `Heavy atoms: ${info.heavyAtoms}`,
          `InChIKey: ${info.inchiKey}`,
        ],
        footer: ['Source: RDKit (local).'],
      }),
      cited: ['RDKit', info.inchiKey],
    };
  },
});

type Structure = { ok: true; smiles: string; from: string | undefined } | { ok: false; problem: string };

/** The SMILES to read: a name from an open file, the given text, or the editor's selection/cursor. */
export function structureOf(deps: ToolDeps, given: string | undefined): Structure {
  if (given !== undefined && given.trim() !== '') {
    const [named] = moleculesNamed(deps.editor?.namedMolecules() ?? [], given);
    if (named) return { ok: true, smiles: named.smiles, from: `named "${quoted(named.name, 80)}" in ${quoted(named.file, 120)}` };
    return { ok: true, smiles: given.trim(), from: undefined };
  }
  if (!deps.editor) return { ok: false, problem: 'No structure given: pass a SMILES (outside VS Code there is no editor selection to read).' };
  const atCursor = deps.editor.structureAtCursor();
  if (atCursor === undefined) return { ok: false, problem: 'No structure given and none is selected or under the cursor in the active editor: pass a SMILES.' };
  return { ok: true, smiles: atCursor, from: 'from the editor selection' };
}
