import * as assert from 'node:assert/strict';
import { MAX_DESCRIBED_ATOMS, MAX_DRAWN_ATOMS, MAX_SMILES_CHARS, sizeVerdict } from '../../../src/chem/sizeGuard';
import { smilesAtoms } from '../../../src/chem/smilesAtoms';

const ions = (ion: string, n: number): string => Array.from({ length: n }, () => ion).join('.');

describe('chem: size guard', () => {
  it('counts every written atom: bracket hydrogens, *, isotopes, aromatic and organic-subset atoms', () => {
    const cases: [string, number, number][] = [
      // SMILES, every atom, heavy atoms
      ['[H+]'.repeat(2000), 2000, 0],
      [`C${'*'.repeat(1000)}`, 1001, 1],
      ['[2H]C([2H])([2H])[2H]', 5, 1],
      ['[H][H]', 2, 0],
      ['c1cc[nH]c1', 5, 5],
      ['[*]CC[*:1]', 4, 2],
      ['Clc1ccc(Br)cc1', 8, 8],
      ['[13CH3][C@@H](N)C(=O)O', 6, 6],
      ['[NH4+].[Cl-]', 2, 2],
      // Implicit hydrogens are not written atoms: they do not count.
      ['CCO', 3, 3],
    ];
    for (const [smiles, atoms, heavy] of cases) {
      const counted = smilesAtoms(smiles);
      assert.deepEqual([counted.atoms, counted.heavyAtoms], [atoms, heavy], smiles.slice(0, 30));
    }
  });

  it('keeps the tiers on the full count: drawn up to 150, described up to 500, text only above', () => {
    const verdict = (n: number) => sizeVerdict(ions('[H+]', n));
    const at = (n: number) => {
      const v = verdict(n);
      return v.fits ? (v.draw ? 'draw' : 'describe') : 'text';
    };
    assert.deepEqual([at(MAX_DRAWN_ATOMS), at(MAX_DRAWN_ATOMS + 1), at(MAX_DESCRIBED_ATOMS), at(MAX_DESCRIBED_ATOMS + 1)], ['draw', 'describe', 'describe', 'text']);
    const over = sizeVerdict('[H+]'.repeat(600));
    assert.ok(!over.fits);
    assert.equal(over.tooLarge.atoms, 600);
    assert.match(over.tooLarge.reason, /^600 atoms \(hydrogens and \* included\) is more than the 500 a hover describes\.$/);
  });

  it('bounds the length before counting, whatever the atom count', () => {
    // Deep branches and long ring-closure numbers: few atoms, many characters.
    const nested = `${'C('.repeat(10)}C${')'.repeat(10)}`;
    assert.ok(sizeVerdict(nested).fits);
    const deep = `${'('.repeat(MAX_SMILES_CHARS)}C${')'.repeat(MAX_SMILES_CHARS)}`;
    const refused = sizeVerdict(deep);
    assert.ok(!refused.fits);
    assert.equal(refused.tooLarge.atoms, undefined, 'not even counted');
    assert.match(refused.tooLarge.reason, new RegExp(`^${deep.length} characters is more than the ${MAX_SMILES_CHARS}`));
    assert.ok(sizeVerdict('C'.padEnd(MAX_SMILES_CHARS, '=')).fits, 'exactly at the bound is still handed on');
    assert.ok(!sizeVerdict('C'.padEnd(MAX_SMILES_CHARS + 1, '=')).fits);
  });
});
