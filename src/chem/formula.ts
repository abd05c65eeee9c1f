// Molecular formula and average molecular weight from a standard InChI, which the hover computes
// anyway for the InChIKey. The InChI's formula layer is the formula of the neutralised structure
// ("InChI=1S/C2H4O2.Na/…/p-1" for sodium acetate), one component per dot with an optional
// multiplier ("2C2H4O2.Ca"); its /p layer says how many protons were added or removed to get
// there. Undoing that and adding the charge from the SMILES gives the molecule's own formula.
import { atomicWeight, isotopeMass } from './atomicWeights';
import type { SmilesAtoms } from './smilesAtoms';

export interface FormulaAndWeight {
  /** Hill formula of the whole input, with its net charge: "C9H8O4", "C2H3NaO2", "H4N+". */
  readonly formula: string;
  /** Average molecular weight in g/mol; isotope-labelled atoms weigh as their isotope. */
  readonly molecularWeight: number;
}

/** Element counts of an InChI's formula layer, all components added up; undefined if unreadable. */
export function inchiElementCounts(inchi: string): Map<string, number> | undefined {
  const layer = inchi.split('/')[1];
  if (!layer) return undefined;
  const counts = new Map<string, number>();
  for (const component of layer.split('.')) {
    const parts = /^(\d*)((?:[A-Z][a-z]?\d*)+)$/.exec(component);
    if (!parts) return undefined;
    const times = parts[1] ? Number(parts[1]) : 1;
    for (const [, symbol, n] of (parts[2] as string).matchAll(/([A-Z][a-z]?)(\d*)/g)) {
      const element = symbol as string;
      counts.set(element, (counts.get(element) ?? 0) + times * (n ? Number(n) : 1));
    }
  }
  return counts;
}

/** The protons the InChI's /p layer added (+) or removed (−) while neutralising. */
function protonShift(inchi: string): number {
  const found = /\/p([+-]\d+)/.exec(inchi);
  return found ? Number(found[1]) : 0;
}

/** Formula and weight of the molecule an InChI was made from; undefined when it cannot be read. */
export function formulaAndWeight(inchi: string, atoms: SmilesAtoms): FormulaAndWeight | undefined {
  const counts = inchiElementCounts(inchi);
  if (!counts) return undefined;
  const hydrogens = (counts.get('H') ?? 0) + protonShift(inchi);
  if (hydrogens > 0) counts.set('H', hydrogens);
  else counts.delete('H');
  let molecularWeight = 0;
  for (const [element, n] of counts) {
    const weight = atomicWeight(element);
    if (weight === undefined) return undefined;
    molecularWeight += n * weight;
  }
  for (const label of atoms.isotopes) {
    molecularWeight += isotopeMass(label.massNumber, label.symbol) - (atomicWeight(label.symbol) ?? 0);
  }
  return { formula: hillFormula(counts) + chargeSuffix(atoms.charge), molecularWeight };
}

/**
 * A weight to 2 decimals, rounding halves up. Rounding to 6 decimals first removes the float
 * noise of the sum (…4999999998), so a weight exactly on a half rounds the way it is written.
 */
export function formatWeight(grams: number): string {
  const micrograms = Math.round(grams * 1e6);
  return (Math.round(micrograms / 1e4) / 100).toFixed(2);
}

/** Carbon first, then hydrogen, then the rest alphabetically; with no carbon, all alphabetically. */
export function hillFormula(counts: ReadonlyMap<string, number>): string {
  const symbols = [...counts.keys()].sort();
  const ordered = counts.has('C') ? ['C', ...(counts.has('H') ? ['H'] : []), ...symbols.filter((s) => s !== 'C' && s !== 'H')] : symbols;
  return ordered.map((s) => (counts.get(s) === 1 ? s : `${s}${counts.get(s)}`)).join('');
}

function chargeSuffix(charge: number): string {
  if (charge === 0) return '';
  const sign = charge > 0 ? '+' : '-';
  return Math.abs(charge) === 1 ? sign : `${sign}${Math.abs(charge)}`;
}
