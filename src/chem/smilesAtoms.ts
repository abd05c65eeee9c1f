// What a SMILES string says about its atoms without parsing it: heavy-atom count, net charge and
// isotope labels. In SMILES every heavy atom is written out, and charges and isotopes only appear
// inside bracket atoms, so one pass over the characters answers all three. The hover uses it to
// refuse very large molecules before RDKit sees them (RDKit's drawing time grows faster than
// linearly with size, and its WASM build crashes on a few thousand atoms in a chain), and to turn
// the InChI formula into the molecule's own formula and weight.

/** An isotope-labelled bracket atom, e.g. [2H] → { massNumber: 2, symbol: 'H' }. */
export interface IsotopeLabel {
  readonly massNumber: number;
  readonly symbol: string;
}

export interface SmilesAtoms {
  /** Atoms other than hydrogen and `*` dummy atoms, as RDKit's NumHeavyAtoms counts them. */
  readonly heavyAtoms: number;
  /** Sum of the formal charges of the bracket atoms. */
  readonly charge: number;
  readonly isotopes: readonly IsotopeLabel[];
}

// A bracket atom or an organic-subset atom (two-letter ones first); a bare `*` is not heavy.
const ATOM = /\[([^\]]*)]|Cl|Br|[BCNOPSFI]|[bcnops]/g;
// Inside brackets: isotope, element (aromatic two-letter symbols before one-letter ones), rest.
const BRACKET = /^(\d*)([A-Z][a-z]?|se|as|te|[bcnops]|\*)(.*)$/;
const CHARGE = /([+-])(\d+|\1*)/;

export function smilesAtoms(smiles: string): SmilesAtoms {
  let heavyAtoms = 0;
  let charge = 0;
  const isotopes: IsotopeLabel[] = [];
  for (const match of smiles.matchAll(ATOM)) {
    const inside = match[1];
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
  return { heavyAtoms, charge, isotopes };
}

/** "+", "++", "+2", "-", "--", "-3" after the element (and any chirality / H count). */
function formalCharge(rest: string): number {
  const found = CHARGE.exec(rest);
  if (!found) return 0;
  const [, sign, tail] = found as unknown as [string, string, string];
  const size = /^\d+$/.test(tail) ? Number(tail) : 1 + tail.length;
  return sign === '+' ? size : -size;
}
