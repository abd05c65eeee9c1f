import * as assert from 'node:assert/strict';
import {
  lexSmiles,
  looksLikeSmiles,
  quotedSmilesAt,
  quotedStrings,
  tokenAt,
} from '../../../src/chem/smilesRule';
import { drugCatalog } from '../../../src/sandbox/data/seedCatalog';

// Real prose and code of the kind that sits in notebooks, READMEs and scripts next to SMILES.
const prose = `
The reaction of Cl with NO gives nitrosyl chloride; CO and Br were also present.
Add NaCl to the solution and stir. The SCSI controller ICON was shown in the CNS study.
Cocoa, cocaine and caffeine: see the README for details. OK, I think this is fine.
Set PYTHONPATH and run the tests; the API returns JSON. I/O bound. PCB and CPU usage.
`;
const codeStrings = [
  'utf-8', 'id', 'name', 'smiles', 'SMILES', 'Canonical_SMILES', 'GET', 'POST', 'CO', 'NO', 'Cl', 'Br',
  'OH', 'SCSI', 'ICON', 'CNS', 'scoop', 'cocoa', 'on', 'off', 'True', 'None', 'rb', 'wb', 'a+',
  'ascii', 'N/A', 'n/a', '', ' ', 'hello world', 'C', 'CC', 'ICC profile', 'PNG', 'BOOP', 'Cobb',
  'https://example.org', '#fff', '1.0.0', '2024-01-01', '--verbose', 'Content-Type', 'SNPs',
];

describe('chem: SMILES detection rule', () => {
  it('accepts every real drug SMILES in the sandbox catalog', () => {
    const smiles = drugCatalog.flatMap((d) => (d.smiles ? [d.smiles] : []));
    assert.ok(smiles.length >= 180, `catalog has ${smiles.length} SMILES`);
    const missed = smiles.filter((s) => !looksLikeSmiles(s));
    assert.deepEqual(missed, []);
  });

  it('accepts small molecules written out', () => {
    for (const s of ['CCO', 'c1ccccc1', 'CC(=O)O', 'CCCN', 'O=C=O', 'C[N+](C)(C)C', 'CC#N', 'CN1C=NC2=C1C(=O)N(C(=O)N2C)C']) {
      assert.ok(looksLikeSmiles(s), s);
    }
  });

  it('rejects the words of real prose', () => {
    const words = prose.split(/[\s,.;:!?]+/).filter((w) => w.length > 0);
    const hits = words.filter((w) => looksLikeSmiles(w));
    assert.deepEqual(hits, []);
  });

  it('rejects the strings of ordinary code', () => {
    assert.deepEqual(codeStrings.filter((s) => looksLikeSmiles(s)), []);
  });

  it('lexes atoms, counting two-letter halogens once', () => {
    assert.deepEqual(lexSmiles('ClCBr'), { atoms: 3, carbons: 1, aromatic: 0, structured: false });
    assert.equal(lexSmiles('C C'), undefined);
    assert.equal(lexSmiles('C[]'), undefined);
  });

  it('finds the quoted string under the cursor in a line of code', () => {
    const line = `mols = [Chem.MolFromSmiles("CC(=O)Oc1ccccc1C(=O)O"), 'utf-8', "CCO"]`;
    const at = line.indexOf('Oc1');
    assert.deepEqual(quotedSmilesAt(line, at)?.text, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(quotedSmilesAt(line, line.indexOf('utf')), undefined);
    assert.equal(quotedSmilesAt(line, line.indexOf('CCO') + 1)?.text, 'CCO');
    assert.equal(quotedSmilesAt(line, 2), undefined);
  });

  it('keeps escaped quotes inside a string and skips huge lines', () => {
    assert.deepEqual(quotedStrings(String.raw`x = "a\"b" + 'c'`).map((s) => s.text), [String.raw`a\"b`, 'c']);
    assert.equal(quotedSmilesAt(`"${'C'.repeat(20_000)}"`, 3), undefined);
  });

  it('takes the whitespace-delimited token of a .smi line', () => {
    const line = 'CCO ethanol';
    assert.deepEqual(tokenAt(line, 1), { start: 0, end: 3, text: 'CCO' });
    assert.equal(tokenAt('   ', 1), undefined);
  });
});
