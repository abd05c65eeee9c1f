// The RDKit MinimalLib (WASM) wrapper. RDKit loads lazily on first use and never at activation:
// the extension bundle requires dist/rdkit/index.js by a computed path (esbuild.js copies it
// there); plain-Node tests point `modulePath` at node_modules instead. Every JSMol is deleted in a
// `finally`, because WASM memory is not garbage-collected.
import * as path from 'node:path';
import { formulaAndWeight } from './formula';
import { LruCache } from './lru';
import { smilesAtoms } from './smilesAtoms';
import type { SmilesAtoms } from './smilesAtoms';

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

/**
 * Size limits, in heavy atoms counted from the SMILES text before RDKit sees it, so a hover never
 * stalls the extension host. Measured with RDKit 2026.09 WASM on a 2-core machine: drawing takes
 * ~30 ms at 50 heavy atoms, ~0.2 s at 150, ~0.6 s at 300 and ~1.6 s at 500, while parsing plus
 * InChI stays under ~50 ms up to 500; a chain of a few thousand atoms crashes RDKit's parser.
 * Up to MAX_DRAWN_ATOMS: drawing and properties. Up to MAX_DESCRIBED_ATOMS: properties, no
 * drawing. Above: a text-only hover that gives the size and never calls RDKit.
 */
export const MAX_DRAWN_ATOMS = 150;
export const MAX_DESCRIBED_ATOMS = 500;

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
  readonly drawing: Drawing | undefined;
}

/** An SVG drawing and the size it was drawn at, in CSS pixels. */
export interface Drawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** A string RDKit could not parse. */
export interface MoleculeError {
  readonly ok: false;
  readonly tooLarge?: false;
  readonly input: string;
  readonly reason: string;
}

/** More than MAX_DESCRIBED_ATOMS heavy atoms: not handed to RDKit at all. */
export interface MoleculeTooLarge {
  readonly ok: false;
  readonly tooLarge: true;
  readonly input: string;
  readonly heavyAtoms: number;
  readonly reason: string;
}

export type MoleculeResult = MoleculeInfo | MoleculeError | MoleculeTooLarge;

type Rgb = readonly [number, number, number];

/** Drawing colours; the hover picks a palette for the theme kind. */
export interface DrawStyle {
  /** A name for the cache key: results are cached per style. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Bond and carbon colour as [r, g, b] in 0..1. */
  readonly ink: Rgb;
  /** Heteroatom colours by atomic number; the rest keep RDKit's palette. */
  readonly atoms: Readonly<Record<number, Rgb>>;
}

// RDKit's own heteroatom colours (N blue, O red, S ochre…) are made for a white page; on a dark
// hover they turn to shadows, so the dark style lightens them.
export const LIGHT_DRAWING: DrawStyle = { name: 'light', width: 280, height: 140, ink: [0.1, 0.1, 0.1], atoms: {} };
export const DARK_DRAWING: DrawStyle = {
  name: 'dark',
  width: 280,
  height: 140,
  ink: [0.85, 0.85, 0.85],
  atoms: {
    7: [0.5, 0.65, 1], // N
    8: [1, 0.45, 0.4], // O
    9: [0.55, 0.9, 0.5], // F
    15: [1, 0.65, 0.3], // P
    16: [0.95, 0.85, 0.35], // S
    17: [0.45, 0.9, 0.45], // Cl
    35: [0.9, 0.55, 0.45], // Br
    53: [0.85, 0.55, 1], // I
  },
};

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
    return (await this.describeUnless(() => false, smiles, style)) as MoleculeResult;
  }

  /**
   * describe() for a hover: undefined when `cancelled()` has turned true by the time RDKit is
   * loaded (the first hover waits ~0.5 s for it), so a hover the user has left costs no RDKit work.
   */
  async describeUnless(cancelled: () => boolean, smiles: string, style: DrawStyle = LIGHT_DRAWING): Promise<MoleculeResult | undefined> {
    const key = cacheKey(smiles, style);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const atoms = smilesAtoms(smiles);
    // A molecule too large to describe gets its answer without loading RDKit.
    let result: MoleculeResult | undefined = tooLarge(smiles, atoms);
    if (!result) {
      const rdkit = await this.load();
      if (cancelled()) return undefined;
      result = describeWith(rdkit, smiles, style, atoms);
    }
    this.cache.set(key, result);
    return result;
  }

  /** SMILES → standard InChIKey, or undefined when RDKit cannot parse it. */
  async inchiKeyOf(smiles: string): Promise<string | undefined> {
    if (tooLarge(smiles)) return undefined;
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

/** The result for a SMILES too large to describe, or undefined; needs no RDKit. */
export function tooLarge(smiles: string, atoms: SmilesAtoms = smilesAtoms(smiles)): MoleculeTooLarge | undefined {
  const { heavyAtoms } = atoms;
  if (heavyAtoms <= MAX_DESCRIBED_ATOMS) return undefined;
  const reason = `${heavyAtoms} heavy atoms is more than the ${MAX_DESCRIBED_ATOMS} a hover describes.`;
  return { ok: false, tooLarge: true, input: smiles, heavyAtoms, reason };
}

/**
 * One molecule's properties with an already loaded RDKit (exported for the bench). One JSMol
 * serves every call; formula and weight come from the InChI the InChIKey needs anyway, so the
 * costly get_descriptors runs only for the rare molecule InChI cannot describe (dummy atoms).
 */
export function describeWith(
  rdkit: RdkitModule,
  smiles: string,
  style: DrawStyle,
  atoms: SmilesAtoms = smilesAtoms(smiles),
): MoleculeResult {
  const large = tooLarge(smiles, atoms);
  if (large) return large;
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
      inchi,
      inchiKey: inchi ? rdkit.get_inchikey_for_inchi(inchi) : '',
      drawing: atoms.heavyAtoms > MAX_DRAWN_ATOMS ? undefined : draw(mol, style),
    };
  } finally {
    mol.delete();
  }
}

/** RDKit's own average weight, for molecules without an InChI; 0 if RDKit cannot say either. */
function averageWeightOf(mol: RdkitMol): number {
  try {
    return (JSON.parse(mol.get_descriptors()) as Record<string, number>)['amw'] ?? 0;
  } catch {
    return 0;
  }
}

/** A drawing only (no InChI, no properties): for tables of many rows. */
export function drawingWith(rdkit: RdkitModule, smiles: string, style: DrawStyle): { ok: true; svg: string } | { ok: false; reason: string } {
  // Counted from the text before RDKit parses anything, like the hover's limits.
  const { heavyAtoms } = smilesAtoms(smiles);
  if (heavyAtoms > MAX_DRAWN_ATOMS) return { ok: false, reason: `Too large to draw (${heavyAtoms} heavy atoms).` };
  const mol = parse(rdkit, smiles);
  if (!mol) return { ok: false, reason: invalidReason(smiles) };
  try {
    return { ok: true, svg: draw(mol, style).svg };
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

function draw(mol: RdkitMol, style: DrawStyle): Drawing {
  return { svg: mol.get_svg_with_highlights(drawingDetails(style)), width: style.width, height: style.height };
}

const detailsByStyle = new WeakMap<DrawStyle, string>();

/** The drawing options as RDKit's JSON, built once per style rather than once per hover. */
function drawingDetails(style: DrawStyle): string {
  let details = detailsByStyle.get(style);
  if (details === undefined) {
    // A transparent background lets the hover's own colour show through in every theme; carbons
    // and bonds take the theme's ink, heteroatoms the style's colours.
    details = JSON.stringify({
      width: style.width,
      height: style.height,
      backgroundColour: [0, 0, 0, 0],
      symbolColour: [...style.ink],
      atomColourPalette: { ...style.atoms, 6: style.ink },
      bondLineWidth: 1.5,
    });
    detailsByStyle.set(style, details);
  }
  return details;
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
  return `${style.name}|${style.width}x${style.height}|${smiles}`;
}

/** The first line only: Node's "Cannot find module" goes on with a require stack nobody needs. */
function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] as string;
}
