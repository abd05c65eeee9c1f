// The calls into RDKit MinimalLib (WASM). Only the RDKit worker (src/chem/chemWorker.ts) runs
// them, never the extension host's thread: a hostile string can trap the WASM module or keep it
// busy for minutes, and the worker is what can be thrown away. Every JSMol is deleted in a
// `finally`, because WASM memory is not garbage-collected. An exception from RDKit is never
// swallowed here: after a trap ("memory access out of bounds") the module's memory is corrupt and
// every later call may answer wrongly, so the worker must report it and be replaced.
import * as path from 'node:path';
import { formulaAndWeight } from './formula';
import { invalidReason } from './invalidReason';
import { smilesAtoms } from './smilesAtoms';
import type { DrawStyle, Drawing, DrawingResult, MoleculeResult } from './molecule';

/** The part of RDKit's JSMol used here. */
interface RdkitMol {
  is_valid(): boolean;
  get_smiles(): string;
  get_inchi(): string;
  get_svg_with_highlights(details: string): string;
  get_descriptors(): string;
  delete(): void;
}

/** The part of the RDKit module used here. */
export interface RdkitModule {
  get_mol(input: string): RdkitMol | null;
  get_inchikey_for_inchi(inchi: string): string;
  version(): string;
}

type RdkitFactory = (options: { locateFile: (file: string) => string }) => Promise<RdkitModule>;

/** Loads RDKit from its JS loader; the .wasm must sit beside it. Errors name the path, on one line. */
export async function loadRdkit(modulePath: string): Promise<RdkitModule> {
  let factory: RdkitFactory;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    factory = require(modulePath) as RdkitFactory;
  } catch (err) {
    throw new Error(`RDKit could not be loaded from ${modulePath}: ${errorText(err)}`);
  }
  const dir = path.dirname(modulePath);
  try {
    return await factory({ locateFile: (file) => path.join(dir, file) });
  } catch (err) {
    throw new Error(`RDKit failed to initialise: ${errorText(err)}`);
  }
}

/**
 * One molecule's properties, and its drawing when `draw` (the size guard's say). One JSMol serves
 * every call; formula and weight come from the InChI the InChIKey needs anyway, so the costly
 * get_descriptors runs only for the rare molecule InChI cannot describe (dummy atoms).
 */
export function describeWith(rdkit: RdkitModule, smiles: string, style: DrawStyle, draw: boolean): MoleculeResult {
  const atoms = smilesAtoms(smiles);
  const mol = parse(rdkit, smiles);
  if (!mol) return { ok: false, input: smiles, reason: invalidReason(smiles) };
  try {
    const inchi = mol.get_inchi();
    const properties = (inchi && formulaAndWeight(inchi, atoms)) || { formula: '', molecularWeight: averageWeightOf(mol) };
    return {
      ok: true,
      input: smiles,
      canonicalSmiles: mol.get_smiles(),
      formula: properties.formula,
      molecularWeight: properties.molecularWeight,
      heavyAtoms: atoms.heavyAtoms,
      atoms: atoms.atoms,
      inchi,
      inchiKey: inchi ? rdkit.get_inchikey_for_inchi(inchi) : '',
      drawing: draw ? drawMol(mol, style) : undefined,
    };
  } finally {
    mol.delete();
  }
}

/** A drawing only (no InChI, no properties): for tables of many rows. */
export function drawingWith(rdkit: RdkitModule, smiles: string, style: DrawStyle): DrawingResult {
  const mol = parse(rdkit, smiles);
  if (!mol) return { ok: false, reason: invalidReason(smiles) };
  try {
    return { ok: true, svg: drawMol(mol, style).svg };
  } finally {
    mol.delete();
  }
}

/** SMILES → standard InChIKey, or undefined when RDKit cannot parse it. */
export function inchiKeyWith(rdkit: RdkitModule, smiles: string): string | undefined {
  const mol = parse(rdkit, smiles);
  if (!mol) return undefined;
  try {
    return rdkit.get_inchikey_for_inchi(mol.get_inchi()) || undefined;
  } finally {
    mol.delete();
  }
}

/** RDKit's own average weight, for molecules without an InChI; 0 if RDKit cannot say either. */
function averageWeightOf(mol: RdkitMol): number {
  const descriptors = mol.get_descriptors();
  try {
    return (JSON.parse(descriptors) as Record<string, number>)['amw'] ?? 0;
  } catch {
    return 0;
  }
}

/** The parsed molecule, or undefined when RDKit says the string is not valid; RDKit's exceptions propagate. */
function parse(rdkit: RdkitModule, smiles: string): RdkitMol | undefined {
  const mol = rdkit.get_mol(smiles);
  if (mol && mol.is_valid()) return mol;
  mol?.delete();
  return undefined;
}

function drawMol(mol: RdkitMol, style: DrawStyle): Drawing {
  return { svg: mol.get_svg_with_highlights(drawingDetails(style)), width: style.width, height: style.height };
}

/**
 * The drawing options as RDKit's JSON. A transparent background lets the hover's own colour show
 * through in every theme; carbons and bonds take the theme's ink, heteroatoms the style's colours.
 */
function drawingDetails(style: DrawStyle): string {
  return JSON.stringify({
    width: style.width,
    height: style.height,
    backgroundColour: [0, 0, 0, 0],
    symbolColour: [...style.ink],
    atomColourPalette: { ...style.atoms, 6: style.ink },
    bondLineWidth: 1.5,
  });
}

/** The first line only: Node's "Cannot find module" goes on with a require stack nobody needs. */
export function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] as string;
}
