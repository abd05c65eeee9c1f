// What the chemistry answers for one SMILES, and the drawing styles it draws in. Shared by the
// extension host (src/chem/rdkit.ts) and the RDKit worker (src/chem/chemWorker.ts), so it holds
// data only: structured-clone safe, no functions.

/** What a hover shows for one SMILES. */
export interface MoleculeInfo {
  readonly ok: true;
  readonly input: string;
  readonly canonicalSmiles: string;
  readonly formula: string;
  readonly molecularWeight: number;
  readonly heavyAtoms: number;
  /** Every atom written, hydrogens and `*` included: what the size guard counts. */
  readonly atoms: number;
  readonly inchi: string;
  readonly inchiKey: string;
  /** SVG drawing; undefined when the molecule has more atoms than a hover draws (src/chem/sizeGuard.ts). */
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
  readonly failed?: false;
  readonly input: string;
  readonly reason: string;
}

/** Over the size guard's limits: never handed to RDKit at all. */
export interface MoleculeTooLarge {
  readonly ok: false;
  readonly tooLarge: true;
  readonly failed?: false;
  readonly input: string;
  /** Every atom written, hydrogens and `*` included; undefined when the string was too long to count. */
  readonly atoms: number | undefined;
  readonly reason: string;
}

/** RDKit crashed on this string or ran out of its time budget; its worker was replaced. */
export interface MoleculeFailed {
  readonly ok: false;
  readonly tooLarge?: false;
  readonly failed: true;
  readonly input: string;
  readonly reason: string;
}

export type MoleculeResult = MoleculeInfo | MoleculeError | MoleculeTooLarge | MoleculeFailed;

/** A drawing only, for tables of many rows. */
export type DrawingResult = { readonly ok: true; readonly svg: string } | { readonly ok: false; readonly reason: string };

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
