import * as assert from 'node:assert/strict';
import { moleculesNamed, namedMoleculesIn } from '../../../src/agent/namedMolecules';

describe('Agent tools: molecules the open files name', () => {
  it('reads a .smi file’s "SMILES name" lines, skipping comments and unnamed lines', () => {
    const found = namedMoleculesIn('smiles', 'hits.smi', '# screen 3\nc1ccccc1O phenol\nCCO\nCC(=O)Oc1ccccc1C(=O)O aspirin tablet\n');
    assert.deepEqual(found.map((m) => [m.name, m.smiles]), [['phenol', 'c1ccccc1O'], ['aspirin tablet', 'CC(=O)Oc1ccccc1C(=O)O']]);
  });

  it('reads a table’s name column beside its SMILES column, quoted cells included', () => {
    const csv = 'Compound ID,SMILES,IC50\n"cpd, 7","c1ccc(cc1)N",12\ncpd 8,CCN,\n';
    assert.deepEqual(namedMoleculesIn('csv', 'sar.csv', csv).map((m) => [m.name, m.smiles]), [['cpd, 7', 'c1ccc(cc1)N'], ['cpd 8', 'CCN']]);
    const tsv = 'name\tsmiles\nethanol\tCCO\n';
    assert.deepEqual(namedMoleculesIn('plaintext', 'list.tsv', tsv).map((m) => m.smiles), ['CCO']);
  });

  it('finds nothing in a table without a name column or in other files', () => {
    assert.deepEqual(namedMoleculesIn('csv', 'x.csv', 'smiles,value\nCCO,1\n'), []);
    assert.deepEqual(namedMoleculesIn('python', 'x.py', 's = "CCO"  # ethanol\n'), []);
  });

  it('matches a name whatever its case or width', () => {
    const molecules = namedMoleculesIn('smiles', 'a.smi', 'CCO Ethanol\n');
    assert.equal(moleculesNamed(molecules, 'ＥＴＨＡＮＯＬ')[0]?.smiles, 'CCO');
    assert.deepEqual(moleculesNamed(molecules, 'ethan'), []);
  });
});
