// The SMILES → MOL block conversion behind SAR items' `structure.mol`.
import assert from 'node:assert/strict';
import { molBlock, parseSmiles } from '../../../src/sandbox/data/molfile';

function countsLine(mol: string): string {
  return mol.split('\n')[3] ?? '';
}

describe('sandbox MOL blocks', () => {
  it('counts atoms and bonds of aspirin, ring closure included', () => {
    const { atoms, bonds } = parseSmiles('CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(atoms.length, 13);
    assert.equal(bonds.length, 13);
    assert.equal(bonds.filter((b) => b.order === 4).length, 6, 'six aromatic ring bonds');
    assert.equal(bonds.filter((b) => b.order === 2).length, 2);
    assert.match(countsLine(molBlock('CC(=O)Oc1ccccc1C(=O)O')), /^ 13 13 .*V2000$/);
  });

  it('reads two-letter elements, bracket atoms, charges and dot-separated parts', () => {
    const { atoms, bonds } = parseSmiles('[Na+].[O-]C(=O)c1ccc(Cl)cc1');
    assert.deepEqual(atoms.map((a) => a.symbol), ['Na', 'O', 'C', 'O', 'C', 'C', 'C', 'C', 'Cl', 'C', 'C']);
    assert.equal(atoms[0]?.charge, 1);
    assert.equal(atoms[1]?.charge, -1);
    assert.ok(!bonds.some((b) => b.a === 0 || b.b === 0), 'the dot separates the sodium');
    assert.match(molBlock('[Na+].[O-]C(=O)c1ccc(Cl)cc1'), /M {2}CHG {2}2 {3}1 {3}1 {3}2 {2}-1/);
  });

  it('keeps the hydrogen of an aromatic [nH] as an atom', () => {
    const { atoms, bonds } = parseSmiles('c1cc[nH]c1');
    assert.equal(atoms.length, 6);
    const h = atoms.findIndex((a) => a.symbol === 'H');
    const n = atoms.findIndex((a) => a.symbol === 'N');
    assert.ok(bonds.some((b) => b.a === n && b.b === h && b.order === 1));
    assert.equal(bonds.filter((b) => b.order === 4).length, 5, 'the ring stays aromatic');
  });

  it('falls back to the header-only block of the page\'s example for unreadable SMILES', () => {
    const mol = molBlock('C1CC(');
    assert.match(countsLine(mol), /^ {2}0 {2}0 .*V2000$/);
    assert.ok(mol.endsWith('M  END'));
  });
});
