import * as assert from 'node:assert/strict';
import { atomicWeight, elementSymbols, isotopeMass } from '../../../src/chem/atomicWeights';
import { formatWeight, formulaAndWeight, hillFormula, inchiElementCounts } from '../../../src/chem/formula';
// RDKit itself is the reference here, called in the test's own thread (the extension never does).
import type { RdkitModule } from '../../../src/chem/rdkitCalls';
import { loadRdkit } from '../../../src/chem/rdkitCalls';
import { smilesAtoms } from '../../../src/chem/smilesAtoms';
import { drugCatalog } from '../../../src/sandbox/data/seedCatalog';
import { nodeModulesRdkitPath } from './rdkitPath';

/** The part of JSMol these tests use to get RDKit's own reading of a molecule. */
interface ReferenceMol {
  get_inchi(): string;
  get_descriptors(): string;
  delete(): void;
}

describe('chem: formula and weight from the InChI', function () {
  this.timeout(60_000);
  let rdkit: RdkitModule;
  before(async () => {
    rdkit = await loadRdkit(nodeModulesRdkitPath());
  });

  /** RDKit's InChI and its own average weight (get_descriptors' amw) for a SMILES. */
  function reference(smiles: string): { inchi: string; amw: number; heavy: number } {
    const mol = rdkit.get_mol(smiles) as unknown as ReferenceMol | null;
    assert.ok(mol, `RDKit parses ${smiles}`);
    try {
      const descriptors = JSON.parse(mol.get_descriptors()) as Record<string, number>;
      return { inchi: mol.get_inchi(), amw: descriptors['amw'] as number, heavy: descriptors['NumHeavyAtoms'] as number };
    } finally {
      mol.delete();
    }
  }

  function describe(smiles: string) {
    const result = formulaAndWeight(reference(smiles).inchi, smilesAtoms(smiles));
    assert.ok(result, `formula of ${smiles}`);
    return result;
  }

  // Weights as printed in reference works (PubChem / Merck Index, 2 decimals).
  const known: [string, string, string, number][] = [
    ['aspirin', 'CC(=O)Oc1ccccc1C(=O)O', 'C9H8O4', 180.16],
    ['caffeine', 'Cn1cnc2c1c(=O)n(C)c(=O)n2C', 'C8H10N4O2', 194.19],
    ['paracetamol', 'CC(=O)Nc1ccc(O)cc1', 'C8H9NO2', 151.16],
    ['ibuprofen', 'CC(C)Cc1ccc(cc1)C(C)C(=O)O', 'C13H18O2', 206.28],
    ['imatinib', 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1', 'C29H31N7O', 493.6],
    ['glucose', 'OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O', 'C6H12O6', 180.16],
    ['water', 'O', 'H2O', 18.02],
    ['sodium chloride', '[Na+].[Cl-]', 'ClNa', 58.44],
    ['ammonium', '[NH4+]', 'H4N+', 18.04],
    ['sodium acetate', 'CC(=O)[O-].[Na+]', 'C2H3NaO2', 82.03],
    ['calcium acetate', '[Ca+2].CC(=O)[O-].CC(=O)[O-]', 'C4H6CaO4', 158.17],
    ['cisplatin', 'N.N.Cl[Pt]Cl', 'Cl2H6N2Pt', 300.05],
    ['tetramethylammonium', 'C[N+](C)(C)C', 'C4H12N+', 74.14],
    ['sulfate', '[O-]S(=O)(=O)[O-]', 'O4S-2', 96.06],
  ];
  for (const [name, smiles, formula, weight] of known) {
    it(`gives ${name} ${formula} and ${weight} g/mol`, () => {
      const result = describe(smiles);
      assert.equal(result.formula, formula);
      assert.equal(formatWeight(result.molecularWeight), weight.toFixed(2));
    });
  }

  it('weighs isotope-labelled atoms as their isotope', () => {
    const d3 = describe('[2H]C([2H])([2H])O');
    assert.equal(d3.formula, 'CH4O');
    assert.ok(Math.abs(d3.molecularWeight - 35.06) < 0.005, `${d3.molecularWeight}`);
    assert.ok(Math.abs(describe('[13CH4]').molecularWeight - 17.035) < 0.005);
    assert.equal(isotopeMass(99, 'Tc'), 99);
  });

  it('agrees with RDKit’s own average weight for every catalog drug', () => {
    const off: string[] = [];
    for (const drug of drugCatalog) {
      if (!drug.smiles) continue;
      const ref = reference(drug.smiles);
      const ours = formulaAndWeight(ref.inchi, smilesAtoms(drug.smiles));
      // RDKit uses the abridged C 12.011, H 1.008…, 0.0003 g/mol per carbon away from the table here.
      if (!ours || Math.abs(ours.molecularWeight - ref.amw) > 0.03) off.push(`${drug.key}: ${ours?.molecularWeight} vs ${ref.amw}`);
    }
    assert.deepEqual(off, []);
  });

  it('has a standard atomic weight for every element that matches RDKit’s table', () => {
    const symbols = elementSymbols();
    assert.equal(symbols.length, 118);
    const off: string[] = [];
    for (const symbol of symbols) {
      const ours = atomicWeight(symbol) as number;
      const { amw } = reference(`[${symbol}]`);
      // Tables differ in the last digits (RDKit: C 12.011, Ge 72.61); elements with no stable
      // isotope are printed as a mass number, and tables pick different isotopes.
      const tolerance = Number.isInteger(ours) ? 3 : 0.035;
      if (Math.abs(ours - amw) > tolerance) off.push(`${symbol}: ${ours} vs ${amw}`);
    }
    assert.deepEqual(off, []);
    assert.equal(atomicWeight('Xx'), undefined);
    assert.equal(atomicWeight('constructor'), undefined);
  });

  it('rounds weights half up at 2 decimals despite float noise in the sum', () => {
    // 29 × 12.011 + 31 × 1.008 + 7 × 14.007 + 15.999 is 493.615, summed in floats 493.61499999…
    const sum = 29 * 12.011 + 31 * 1.008 + 7 * 14.007 + 15.999;
    assert.ok(sum < 493.615);
    assert.equal(formatWeight(sum), '493.62');
    assert.equal(formatWeight(180.159), '180.16');
    assert.equal(formatWeight(46.0684), '46.07');
    assert.equal(formatWeight(18.015), '18.02');
  });

  it('adds up multiplied components and writes Hill order', () => {
    const counts = inchiElementCounts('InChI=1S/2C2H4O2.Ca/c2*1-2(3)4;/h2*1H3,(H,3,4);/q;;+2/p-2');
    assert.deepEqual(Object.fromEntries(counts ?? []), { C: 4, H: 8, O: 4, Ca: 1 });
    assert.equal(hillFormula(new Map([['O', 1], ['H', 2]])), 'H2O');
    assert.equal(hillFormula(new Map([['N', 1], ['Cl', 1], ['C', 2], ['H', 6]])), 'C2H6ClN');
    assert.equal(formulaAndWeight('', smilesAtoms('C')), undefined);
    assert.equal(formulaAndWeight('InChI=1S/C2Xq/c1', smilesAtoms('C')), undefined);
  });
});

describe('chem: atoms counted from the SMILES text', function () {
  this.timeout(60_000);
  let rdkit: RdkitModule;
  before(async () => {
    rdkit = await loadRdkit(nodeModulesRdkitPath());
  });

  function rdkitHeavyAtoms(smiles: string): number {
    const mol = rdkit.get_mol(smiles) as unknown as ReferenceMol | null;
    assert.ok(mol, smiles);
    try {
      return (JSON.parse(mol.get_descriptors()) as Record<string, number>)['NumHeavyAtoms'] as number;
    } finally {
      mol.delete();
    }
  }

  it('counts heavy atoms as RDKit does, for every catalog drug and awkward brackets', () => {
    const awkward = ['[Hg+2].[Cl-].[Cl-]', '[He]', '[2H]C([2H])[2H]', '[H]C([H])([H])O', '*CC(=O)O', '[*]CC', 'c1cc[se]c1', '[CH3:1]C', 'C[C@@H](N)C(=O)O', 'ClCBr', '[Ho]', '[nH]1cccc1'];
    const smiles = [...drugCatalog.flatMap((d) => (d.smiles ? [d.smiles] : [])), ...awkward];
    const off = smiles.filter((s) => smilesAtoms(s).heavyAtoms !== rdkitHeavyAtoms(s));
    assert.deepEqual(off, []);
  });

  it('sums formal charges and collects isotope labels', () => {
    assert.equal(smilesAtoms('[NH4+]').charge, 1);
    assert.equal(smilesAtoms('[O-]S(=O)(=O)[O-]').charge, -2);
    assert.equal(smilesAtoms('[Fe+3]').charge, 3);
    assert.equal(smilesAtoms('[Cu++]').charge, 2);
    assert.equal(smilesAtoms('C[N+](=O)[O-]').charge, 0);
    assert.equal(smilesAtoms('[C@@H](F)(Cl)Br').charge, 0);
    assert.deepEqual(smilesAtoms('[2H]C[13CH3].[se]').isotopes, [{ massNumber: 2, symbol: 'H' }, { massNumber: 13, symbol: 'C' }]);
  });
});
