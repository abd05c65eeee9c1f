import * as assert from 'node:assert/strict';
import { Chemistry } from '../../../src/chem/rdkit';
import { invalidReason } from '../../../src/chem/invalidReason';
import { DARK_DRAWING, LIGHT_DRAWING } from '../../../src/chem/molecule';
import type { DrawStyle, MoleculeResult } from '../../../src/chem/molecule';
import { MAX_DESCRIBED_ATOMS, MAX_DRAWN_ATOMS } from '../../../src/chem/sizeGuard';
import { LruCache } from '../../../src/chem/lru';
import { drugCatalog } from '../../../src/sandbox/data/seedCatalog';
import { nodeModulesRdkitPath } from './rdkitPath';

describe('chem: RDKit wrapper', function () {
  this.timeout(60_000);
  const chemistry = new Chemistry({ modulePath: nodeModulesRdkitPath() });
  after(() => chemistry.dispose());

  /** describe() without a cancellation signal always answers. */
  async function describe(smiles: string, style?: DrawStyle): Promise<MoleculeResult> {
    const result = await chemistry.describe(smiles, style);
    assert.ok(result, `an answer for ${smiles.slice(0, 40)}`);
    return result;
  }

  it('does not load RDKit until asked', () => {
    assert.equal(new Chemistry({ modulePath: nodeModulesRdkitPath() }).loaded, false);
  });

  const known: [string, string, string, string, number][] = [
    ['aspirin', 'CC(=O)Oc1ccccc1C(=O)O', 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N', 'C9H8O4', 180.159],
    ['caffeine', 'Cn1cnc2c1c(=O)n(C)c(=O)n2C', 'RYYVLZVUVIJVGH-UHFFFAOYSA-N', 'C8H10N4O2', 194.194],
    ['ethanol', 'CCO', 'LFQSCWFLJHTTHZ-UHFFFAOYSA-N', 'C2H6O', 46.069],
    ['benzene', 'c1ccccc1', 'UHOVQNZJYSORNB-UHFFFAOYSA-N', 'C6H6', 78.114],
    ['paracetamol', 'CC(=O)Nc1ccc(O)cc1', 'RZVAJINKPMORJF-UHFFFAOYSA-N', 'C8H9NO2', 151.165],
  ];
  for (const [name, smiles, key, formula, weight] of known) {
    it(`gives ${name} its InChIKey, formula and weight`, async () => {
      const info = await describe(smiles);
      assert.ok(info.ok);
      assert.equal(info.inchiKey, key);
      assert.equal(info.formula, formula);
      assert.ok(Math.abs(info.molecularWeight - weight) < 0.01, `${info.molecularWeight}`);
      assert.match(info.drawing?.svg ?? '', /<svg/);
    });
  }

  it('canonicalises SMILES', async () => {
    const a = await describe('OCC');
    const b = await describe('C(O)C');
    assert.ok(a.ok && b.ok);
    assert.equal(a.canonicalSmiles, 'CCO');
    assert.equal(b.canonicalSmiles, 'CCO');
  });

  it('agrees with the catalog InChIKeys for every drug', async () => {
    const mismatched: string[] = [];
    for (const drug of drugCatalog) {
      if (!drug.smiles || !drug.inchiKey) continue;
      if ((await chemistry.inchiKeyOf(drug.smiles)) !== drug.inchiKey) mismatched.push(drug.key);
    }
    assert.deepEqual(mismatched, []);
  });

  it('says why a SMILES is invalid', async () => {
    const ring = await describe('C1CC');
    assert.ok(!ring.ok);
    assert.match(ring.reason, /Ring bond 1/);
    assert.match(invalidReason('CC(C'), /never closed/);
    assert.match(invalidReason('CC)C'), /never opened/);
    assert.match(invalidReason('C C'), /Character/);
    assert.match(invalidReason('c1cccc1'), /aromatic/);
    assert.equal(await chemistry.inchiKeyOf('not smiles'), undefined);
  });

  it('draws on a transparent background with the theme ink', async () => {
    const light = await describe('CCO', LIGHT_DRAWING);
    const dark = await describe('CCO', DARK_DRAWING);
    assert.ok(light.ok && dark.ok);
    const lightSvg = light.drawing?.svg ?? '';
    const darkSvg = dark.drawing?.svg ?? '';
    for (const svg of [lightSvg, darkSvg]) {
      assert.match(svg, /<rect style='opacity:1\.0;fill:#00000000;/, 'a transparent background');
      assert.doesNotMatch(svg, /fill:#FFFFFF/i);
    }
    // Near-black bonds and RDKit's red oxygen on light; light grey bonds and a lighter red on dark.
    assert.match(lightSvg, /#191919/);
    assert.match(lightSvg, /#FF0000/);
    assert.match(darkSvg, /#D8D8D8/);
    assert.match(darkSvg, /#FF7266/);
    assert.doesNotMatch(darkSvg, /#191919|#FF0000/);
  });

  it('skips the drawing of very large molecules', async () => {
    const big = await describe('C'.repeat(MAX_DRAWN_ATOMS + 10));
    assert.ok(big.ok);
    assert.equal(big.drawing, undefined);
    assert.equal(big.heavyAtoms, MAX_DRAWN_ATOMS + 10);
  });

  it('describes a molecule just under the size limit, without a drawing', async () => {
    const big = await describe('C'.repeat(MAX_DESCRIBED_ATOMS));
    assert.ok(big.ok);
    assert.equal(big.drawing, undefined);
    assert.equal(big.formula, `C${MAX_DESCRIBED_ATOMS}H${2 * MAX_DESCRIBED_ATOMS + 2}`);
  });

  it('answers a molecule over the size limit from its text, without loading RDKit', async () => {
    // RDKit would never be reached: its path does not exist, and loading it would reject.
    const unloadable = new Chemistry({ modulePath: '/nonexistent/RDKit_minimal.js' });
    // A chain of thousands of atoms crashes RDKit's WASM parser; it must never get there.
    const polymer = 'C'.repeat(3000);
    const result = await unloadable.describe(polymer);
    assert.ok(result && !result.ok && result.tooLarge);
    assert.equal(result.atoms, 3000);
    assert.match(result.reason, new RegExp(`3000 atoms \\(hydrogens and \\* included\\) is more than the ${MAX_DESCRIBED_ATOMS}`));
    assert.equal(await unloadable.inchiKeyOf(polymer), undefined);
    assert.equal(unloadable.loaded, false);
    // Counting atoms, not characters: brackets, chirality and implicit hydrogens do not inflate it.
    const peptide = await describe(`NCC(=O)${'N[C@@H](C)C(=O)'.repeat(80)}O`);
    assert.ok(peptide.ok, 'a 485-atom peptide is still described');
    // …but every written hydrogen counts: 405 heavy atoms plus 100 [2H] is over the limit.
    const labelled = await unloadable.describe(`NCC(=O)${'N[C@@H]([2H])C(=O)'.repeat(100)}O`);
    assert.ok(labelled && !labelled.ok && labelled.tooLarge);
    assert.equal(labelled.atoms, 505);
  });

  it('answers a repeated SMILES from the cache without RDKit', async () => {
    await describe('CCN');
    assert.ok(chemistry.cached('CCN')?.ok);
    assert.equal(chemistry.cached('CCN', DARK_DRAWING), undefined);
  });

  it('reports a failed load with the path, and does not start another worker for later requests', async () => {
    const broken = new Chemistry({ modulePath: '/nonexistent/RDKit_minimal.js' });
    await assert.rejects(broken.load(), /RDKit could not be loaded from \/nonexistent\/RDKit_minimal\.js: Cannot find module/);
    await assert.rejects(broken.describe('CCO'), /RDKit could not be loaded from \/nonexistent/);
    await assert.rejects(broken.drawing('CCO', LIGHT_DRAWING), /RDKit could not be loaded/);
    assert.equal(broken.workersStarted, 1);
  });
});

describe('chem: LruCache', () => {
  it('evicts the least recently used entry', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.size, 2);
  });
});
