// The RDKit MinimalLib (WASM) wrapper. RDKit loads lazily on first use and never at activation:
// the extension bundle requires dist/rdkit/index.js by a computed path (esbuild.js copies it
// there); plain-Node tests point `modulePath` at node_modules instead. Every JSMol is deleted in a
// `finally`, because WASM memory is not garbage-collected.
import * as path from 'node:path';
import { LruCache } from './lru';

/** The part of RDKit's JSMol used here. */
interface RdkitMol {
  is_valid(): boolean;
  get_smiles(): string;
  get_inchi(): string;
  get_svg(width: number, height: number): string;
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

/** Molecules with more heavy atoms get properties but no drawing, so a hover never stalls. */
export const MAX_DRAWN_ATOMS = 250;

/** What a hover shows for one SMILES. */
export interface MoleculeInfo {
  readonly ok: true;
  readonly input: string;
  readonly canonicalSmiles: string;
  readonly formula: string;
  readonly molecularWeight: number;
  readonly heavyAtoms: number;
  readonly inchi: string;
  readonly inchiKey: string;
  /** SVG drawing; undefined when the molecule has more than MAX_DRAWN_ATOMS heavy atoms. */
  readonly svg: string | undefined;
}

/** A string RDKit could not parse. */
export interface MoleculeError {
  readonly ok: false;
  readonly input: string;
  readonly reason: string;
}

export type MoleculeResult = MoleculeInfo | MoleculeError;

/** Drawing colours; the hover picks a palette for the theme kind. */
export interface DrawStyle {
  readonly width: number;
  readonly height: number;
  /** Bond and carbon colour as [r, g, b] in 0..1. */
  readonly ink: readonly [number, number, number];
  /** Other elements' colours by atomic number, replacing RDKit's (which is made for white paper). */
  readonly palette?: Readonly<Record<number, readonly [number, number, number]>>;
}

export const LIGHT_DRAWING: DrawStyle = { width: 300, height: 200, ink: [0.1, 0.1, 0.1] };
export const DARK_DRAWING: DrawStyle = { width: 300, height: 200, ink: [0.85, 0.85, 0.85] };

export interface ChemistryOptions {
  /** Absolute path of RDKit's JS loader; its .wasm must sit beside it. */
  readonly modulePath: string;
  readonly cacheSize?: number;
}

/** The location inside the extension bundle: esbuild.js copies the loader to dist/rdkit/index.js. */
export function bundledRdkitPath(): string {
  return path.join(__dirname, 'rdkit', 'index.js');
}

/** SMILES → properties, with one lazily loaded RDKit and an LRU of results per drawing style. */
export class Chemistry {
  private loading: Promise<RdkitModule> | undefined;
  private readonly cache: LruCache<string, MoleculeResult>;

  constructor(private readonly options: ChemistryOptions) {
    this.cache = new LruCache(options.cacheSize ?? 500);
  }

  /** Loads RDKit once; a failed load stays failed (one clear error, not one per hover). */
  load(): Promise<RdkitModule> {
    if (!this.loading) {
      this.loading = this.loadModule();
      // Keep the rejection observed so an unawaited retry never reports an unhandled rejection.
      this.loading.catch(() => undefined);
    }
    return this.loading;
  }

  get loaded(): boolean {
    return this.loading !== undefined;
  }

  /** The cached result for this SMILES and style, without loading RDKit. */
  cached(smiles: string, style: DrawStyle = LIGHT_DRAWING): MoleculeResult | undefined {
    return this.cache.get(cacheKey(smiles, style));
  }

  async describe(smiles: string, style: DrawStyle = LIGHT_DRAWING): Promise<MoleculeResult> {
    const key = cacheKey(smiles, style);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const rdkit = await this.load();
    const result = describeWith(rdkit, smiles, style);
    this.cache.set(key, result);
    return result;
  }

  /** SMILES → standard InChIKey, or undefined when RDKit cannot parse it. */
  async inchiKeyOf(smiles: string): Promise<string | undefined> {
    const rdkit = await this.load();
    const mol = parse(rdkit, smiles);
    if (!mol) return undefined;
    try {
      return rdkit.get_inchikey_for_inchi(mol.get_inchi()) || undefined;
    } finally {
      mol.delete();
    }
  }

  private async loadModule(): Promise<RdkitModule> {
    const modulePath = this.options.modulePath;
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
}

/** One molecule's properties with an already loaded RDKit (exported for the bench). */
export function describeWith(rdkit: RdkitModule, smiles: string, style: DrawStyle): MoleculeResult {
  const mol = parse(rdkit, smiles);
  if (!mol) return { ok: false, input: smiles, reason: invalidReason(smiles) };
  try {
    const descriptors = JSON.parse(mol.get_descriptors()) as Record<string, number>;
    const heavyAtoms = descriptors['NumHeavyAtoms'] ?? 0;
    const inchi = mol.get_inchi();
    return {
      ok: true,
      input: smiles,
      canonicalSmiles: mol.get_smiles(),
      formula: formulaFromInchi(inchi),
      molecularWeight: descriptors['amw'] ?? 0,
      heavyAtoms,
      inchi,
      inchiKey: inchi ? rdkit.get_inchikey_for_inchi(inchi) : '',
      svg: heavyAtoms > MAX_DRAWN_ATOMS ? undefined : drawSvg(mol, style),
    };
  } finally {
    mol.delete();
  }
}

/** A drawing only (no InChI, no descriptors unless the size needs checking): for tables of many rows. */
export function drawingWith(rdkit: RdkitModule, smiles: string, style: DrawStyle): { ok: true; svg: string } | { ok: false; reason: string } {
  const mol = parse(rdkit, smiles);
  if (!mol) return { ok: false, reason: invalidReason(smiles) };
  try {
    // Every heavy atom takes at least one character, so only long SMILES can be too big to draw.
    if (smiles.length > MAX_DRAWN_ATOMS) {
      const heavyAtoms = (JSON.parse(mol.get_descriptors()) as Record<string, number>)['NumHeavyAtoms'] ?? 0;
      if (heavyAtoms > MAX_DRAWN_ATOMS) return { ok: false, reason: `Too large to draw (${heavyAtoms} heavy atoms).` };
    }
    return { ok: true, svg: drawSvg(mol, style) };
  } finally {
    mol.delete();
  }
}

function parse(rdkit: RdkitModule, smiles: string): RdkitMol | undefined {
  let mol: RdkitMol | null = null;
  try {
    mol = rdkit.get_mol(smiles);
  } catch {
    mol = null;
  }
  if (mol && mol.is_valid()) return mol;
  mol?.delete();
  return undefined;
}

function drawSvg(mol: RdkitMol, style: DrawStyle): string {
  // A transparent background lets the hover's own colour show through in every theme; carbons
  // and bonds take the theme's ink, heteroatoms keep RDKit's palette (readable on both).
  const details = {
    width: style.width,
    height: style.height,
    backgroundColour: [0, 0, 0, 0],
    symbolColour: [...style.ink],
    atomColourPalette: { ...style.palette, 6: [...style.ink] },
    bondLineWidth: 1.5,
  };
  return mol.get_svg_with_highlights(JSON.stringify(details));
}

/** The Hill formula is the first layer of a standard InChI: "InChI=1S/C9H8O4/…". */
export function formulaFromInchi(inchi: string): string {
  return inchi.split('/')[1] ?? '';
}

/**
 * RDKit MinimalLib returns null without saying why, so the reason is found by a lexical check
 * of the common mistakes; the last resort names RDKit as the judge.
 */
export function invalidReason(smiles: string): string {
  if (smiles.trim() === '') return 'Empty SMILES.';
  const bad = /[^A-Za-z0-9@+\-[\]()=#$:/\\%.*]/.exec(smiles);
  if (bad) return `Character “${bad[0]}” at position ${bad.index + 1} is not used in SMILES.`;
  let depth = 0;
  for (const ch of smiles) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'A “)” closes a branch that was never opened.';
  }
  if (depth > 0) return 'A branch “(” is never closed.';
  if ((smiles.match(/\[/g) ?? []).length !== (smiles.match(/]/g) ?? []).length) {
    return 'Unbalanced bracket atom “[ ]”.';
  }
  const rings = new Map<string, number>();
  for (const m of smiles.replace(/\[[^\]]*]/g, '').matchAll(/%\d\d|\d/g)) {
    rings.set(m[0], (rings.get(m[0]) ?? 0) + 1);
  }
  const open = [...rings].find(([, count]) => count % 2 === 1);
  if (open) return `Ring bond ${open[0]} is opened but never closed.`;
  if (/[bcnops]/.test(smiles)) {
    return 'RDKit cannot parse it: check valences and that aromatic (lower-case) atoms form a ring that can be kekulised.';
  }
  return 'RDKit cannot parse it: check the atom valences and element symbols.';
}

function cacheKey(smiles: string, style: DrawStyle): string {
  return `${style.ink.join(',')}|${style.width}x${style.height}|${smiles}`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
