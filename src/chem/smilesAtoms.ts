// What a SMILES string says about its atoms without parsing it: the atoms written, the heavy
// atoms among them, net charge and isotope labels. In SMILES every atom RDKit builds is written
// out (organic-subset letters, `*`, bracket atoms such as [H+] or [2H]), and charges and isotopes
// only appear inside bracket atoms, so one pass over the characters answers all four. The size
// guard (src/chem/sizeGuard.ts) counts every written atom, hydrogens and `*` included, because
// RDKit's cost and its WASM crashes follow the atoms it builds, not only the heavy ones; the
// heavy-atom count and charge turn the InChI formula into the molecule's own formula and weight.

/** An isotope-labelled bracket atom, e.g. [2H] → { massNumber: 2, symbol: 'H' }. */
export interface IsotopeLabel {
  readonly massNumber: number;
  readonly symbol: string;
}

export interface SmilesAtoms {
  /** Every atom written: organic-subset and aromatic atoms, `*`, and each bracket atom ([H+] too). */
  readonly atoms: number;
  /** Atoms other than hydrogen and `*` dummy atoms, as RDKit's NumHeavyAtoms counts them. */
  readonly heavyAtoms: number;
  /** Sum of the formal charges of the bracket atoms. */
  readonly charge: number;
  readonly isotopes: readonly IsotopeLabel[];
}

// A bracket atom, an organic-subset atom (two-letter ones first) or a bare `*` (an atom, not heavy).
const ATOM = /\[([^\]]*)]|Cl|Br|[BCNOPSFI]|[bcnops]|(\*)/g;
// Inside brackets: isotope, element (aromatic two-letter symbols before one-letter ones), rest.
const BRACKET = /^(\d*)([A-Z][a-z]?|se|as|te|[bcnops]|\*)(.*)$/;
const CHARGE = /([+-])(\d+|\1*)/;

export function smilesAtoms(smiles: string): SmilesAtoms {
  let atoms = 0;
  let heavyAtoms = 0;
  let charge = 0;
  const isotopes: IsotopeLabel[] = [];
  for (const match of smiles.matchAll(ATOM)) {
    atoms++;
    const inside = match[1];
    if (match[2] !== undefined) continue;
    if (inside === undefined) {
      heavyAtoms++;
      continue;
    }
    const parts = BRACKET.exec(inside);
    if (!parts) continue;
    const [, isotope, element, rest] = parts as unknown as [string, string, string, string];
    if (element !== 'H' && element !== '*') heavyAtoms++;
    if (isotope !== '' && element !== '*') {
      isotopes.push({ massNumber: Number(isotope), symbol: element.charAt(0).toUpperCase() + element.slice(1) });
    }
    charge += formalCharge(rest);
  }
  return { atoms, heavyAtoms, charge, isotopes };
}

/** "+", "++", "+2", "-", "--", "-3" after the element (and any chirality / H count). */
function formalCharge(rest: string): number {
  const found = CHARGE.exec(rest);
  if (!found) return 0;
  const [, sign, tail] = found as unknown as [string, string, string];
  const size = /^\d+$/.test(tail) ? Number(tail) : 1 + tail.length;
  return sign === '+' ? size : -size;
}
