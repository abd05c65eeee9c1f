// The size guard: decides from the SMILES text alone, before anything reaches the RDKit worker,
// how much RDKit may do with a string. It counts every written atom (src/chem/smilesAtoms.ts), not
// only heavy ones: `[H+]` repeated 2,000 times has no heavy atom yet took RDKit's drawing close to a
// minute, and a chain of 1,000 `*` crashed its WASM build. Measured with RDKit 2026.09 WASM on a
// 2-core machine: drawing takes ~30 ms at 50 atoms, ~0.2 s at 150, ~0.6 s at 300 and ~1.6 s at
// 500, while parsing plus InChI stays under ~50 ms up to 500. The worker's time budget
// (src/chem/rdkitWorker.ts) backs the guard up for whatever slips past it.
import { smilesAtoms } from './smilesAtoms';
import type { SmilesAtoms } from './smilesAtoms';
import type { MoleculeTooLarge } from './molecule';

/** Up to this many atoms: drawing and properties. */
export const MAX_DRAWN_ATOMS = 150;
/** Up to this many atoms: properties without a drawing. Above: a text-only answer, no RDKit. */
export const MAX_DESCRIBED_ATOMS = 500;
/** Longer strings never reach RDKit, whatever their atom count (ring digits, branches, bonds). */
export const MAX_SMILES_CHARS = 4_000;

export interface SizeLimits {
  readonly drawnAtoms: number;
  readonly describedAtoms: number;
  readonly chars: number;
}

export const SIZE_LIMITS: SizeLimits = { drawnAtoms: MAX_DRAWN_ATOMS, describedAtoms: MAX_DESCRIBED_ATOMS, chars: MAX_SMILES_CHARS };

/** What RDKit may do with a string: everything, everything but the drawing, or nothing. */
export type SizeVerdict =
  | { readonly fits: true; readonly draw: boolean; readonly atoms: SmilesAtoms }
  | { readonly fits: false; readonly tooLarge: MoleculeTooLarge };

export function sizeVerdict(smiles: string, limits: SizeLimits = SIZE_LIMITS): SizeVerdict {
  if (smiles.length > limits.chars) {
    // Not even counted: the host never scans a string of unbounded length.
    const reason = `${smiles.length} characters is more than the ${limits.chars} a structure may have.`;
    return { fits: false, tooLarge: { ok: false, tooLarge: true, input: smiles, atoms: undefined, reason } };
  }
  const atoms = smilesAtoms(smiles);
  if (atoms.atoms > limits.describedAtoms) {
    const reason = `${atoms.atoms} atoms (hydrogens and * included) is more than the ${limits.describedAtoms} a hover describes.`;
    return { fits: false, tooLarge: { ok: false, tooLarge: true, input: smiles, atoms: atoms.atoms, reason } };
  }
  return { fits: true, draw: atoms.atoms <= limits.drawnAtoms, atoms };
}
