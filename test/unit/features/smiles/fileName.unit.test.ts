import * as assert from 'node:assert/strict';
import { nameInFile as nameInLines } from '../../../../src/features/smiles/fileName';

/** The name for a SMILES on line `line` of `text`, recording the lines read. */
function nameInFile(languageId: string, fileName: string, text: string, smiles: string, line = text.split('\n').findIndex((l) => l.includes(smiles.trim())), reads: number[] = []): string | undefined {
  const lines = text.split('\n');
  return nameInLines(languageId, fileName, (n) => (reads.push(n), lines[n] ?? ''), line, smiles);
}

describe('smiles: the name a file gives a structure', () => {
  it('reads the title of a .smi line and the name column of a CSV row, for that SMILES only', () => {
    const smi = 'CC(=O)Oc1ccccc1C(=O)O Aspirin\nCCO\n';
    assert.equal(nameInFile('plaintext', 'mols.smi', smi, 'CC(=O)Oc1ccccc1C(=O)O'), 'Aspirin');
    assert.equal(nameInFile('plaintext', 'mols.smi', smi, 'CCO'), undefined);
    const csv = 'compound_id,smiles,ic50\nCPD-7,CN1CCC[C@H]1c1cccnc1,12\n';
    assert.equal(nameInFile('csv', 'series.csv', csv, ' CN1CCC[C@H]1c1cccnc1 '), 'CPD-7');
    assert.equal(nameInFile('csv', 'series.csv', 'smiles,ic50\nCCO,3\n', 'CCO'), undefined, 'no name column');
    assert.equal(nameInFile('typescript', 'a.ts', 'const s = "CCO";', 'CCO'), undefined);
  });

  it('reads only the structure\'s line, and a table\'s header', () => {
    const reads: number[] = [];
    nameInFile('plaintext', 'mols.smi', 'C a\nCC b\nCCC c', 'CC', 1, reads);
    assert.deepEqual(reads, [1]);
    reads.length = 0;
    assert.equal(nameInFile('csv', 't.csv', 'name,smiles\na,C\nb,CC\nc,CCC', 'CCC', 3, reads), 'c');
    assert.deepEqual(reads, [0, 3]);
  });
});
