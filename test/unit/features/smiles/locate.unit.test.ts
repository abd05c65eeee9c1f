import * as assert from 'node:assert/strict';
import { fileKindOf, locateCandidate, namesSmiles, proseSmilesAt, splitRow, structureAt } from '../../../../src/features/smiles/locate';
import type { FileKind } from '../../../../src/features/smiles/locate';
import { isSmilesInput, structureQueryProblem } from '../../../../src/features/literature/structureQuery';

function at(kind: FileKind, text: string, needle: string, offset = 1) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  const character = (lines[line] as string).indexOf(needle) + offset;
  return locateCandidate(kind, (n) => lines[n] as string, line, character);
}

describe('smiles hover: where candidates are found', () => {
  it('classifies files by language and extension', () => {
    assert.equal(fileKindOf('smiles', '/w/a.txt'), 'smiles');
    assert.equal(fileKindOf('plaintext', '/w/a.SMI'), 'smiles');
    assert.equal(fileKindOf('plaintext', '/w/a.sdf'), 'sdf');
    assert.equal(fileKindOf('plaintext', '/w/a.mol'), 'sdf');
    assert.equal(fileKindOf('csv', '/w/a.csv'), 'table');
    assert.equal(fileKindOf('plaintext', '/w/a.tsv'), 'table');
    assert.equal(fileKindOf('python', '/w/a.py'), 'other');
  });

  it('takes the first token of a .smi line, not the name or a comment', () => {
    const smi = '# drugs\nCC(=O)Oc1ccccc1C(=O)O aspirin\nC1CC broken';
    assert.equal(at('smiles', smi, 'Oc1')?.text, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(at('smiles', smi, 'aspirin'), undefined);
    assert.equal(at('smiles', smi, 'drugs'), undefined);
    const broken = at('smiles', smi, 'C1CC');
    assert.equal(broken?.text, 'C1CC');
    assert.equal(broken?.strict, false);
  });

  it('reads SMILES-named SDF data fields only', () => {
    const sdf = 'aspirin\n\n> <NAME>\nCCOther\n\n> <Canonical_SMILES>\nCC(=O)Oc1ccccc1C(=O)O\n\n$$$$';
    assert.equal(at('sdf', sdf, 'Oc1')?.text, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(at('sdf', sdf, 'CCOther'), undefined);
  });

  it('reads every cell of a SMILES column in CSV and TSV, quoted or not', () => {
    const csv = 'name,Canonical_SMILES,mw\naspirin,"CC(=O)Oc1ccccc1C(=O)O",180.16\nethanol,CCO,46.07';
    assert.equal(at('table', csv, 'Oc1')?.text, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(at('table', csv, 'CCO,')?.text, 'CCO');
    assert.equal(at('table', csv, 'ethanol'), undefined);
    assert.equal(at('table', csv, 'name'), undefined);
    const tsv = 'id\tsmiles\n1\tc1ccccc1';
    assert.equal(at('table', tsv, 'c1cc')?.text, 'c1ccccc1');
  });

  it('splits quoted cells with delimiters and doubled quotes inside', () => {
    assert.deepEqual(splitRow('a,"b,""c""",d', ',').map((c) => c.text), ['a', 'b,"c"', 'd']);
    assert.deepEqual(splitRow('a,"b,""c""",d', ','), [{ start: 0, end: 1, text: 'a' }, { start: 3, end: 10, text: 'b,"c"' }, { start: 12, end: 13, text: 'd' }]);
    assert.deepEqual(splitRow('1\t"x\ty"\t', '\t'), [{ start: 0, end: 1, text: '1' }, { start: 3, end: 6, text: 'x\ty' }, { start: 8, end: 8, text: '' }]);
    assert.deepEqual(splitRow('a,"CCO', ','), [], 'a quote left open is not a whole record');
    assert.ok(namesSmiles('"SMILES (isomeric)"'));
    assert.ok(!namesSmiles('name'));
  });

  it('in other files takes quoted strings that look like molecules only', () => {
    const py = `smiles = "CCO"  # ethanol\nlabel = "CO"\nenc = 'utf-8'`;
    const hit = at('other', py, 'CCO');
    assert.equal(hit?.text, 'CCO');
    assert.equal(hit?.strict, true);
    assert.equal(at('other', py, '"CO"', 2), undefined);
    assert.equal(at('other', py, 'utf'), undefined);
    assert.equal(at('other', py, 'ethanol'), undefined);
  });
});

describe('Find Papers for Structure: SMILES input', () => {
  it('accepts SMILES besides InChIKeys and IDs', () => {
    assert.ok(isSmilesInput('CC(=O)Oc1ccccc1C(=O)O'));
    assert.equal(structureQueryProblem('CC(=O)Oc1ccccc1C(=O)O', 20), undefined);
    assert.ok(!isSmilesInput('BSYNRYMUTXBXSQ-UHFFFAOYSA-N'));
    assert.ok(!isSmilesInput('126213117'));
    assert.ok(!isSmilesInput('aspirin'));
  });
});

describe('look up and copy at the cursor: unquoted SMILES in prose', () => {
  const note = 'the lead was CC(=O)Oc1ccccc1C(=O)O in 2019';
  const at = (line: string, needle: string, kind: FileKind = 'other') =>
    structureAt(kind, () => line, 0, line.indexOf(needle) + 1)?.text;

  it('finds the SMILES in a line of a note, wherever the cursor is on it', () => {
    assert.equal(at(note, 'Oc1'), 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(structureAt('other', () => note, 0, note.indexOf('CC(=O)'))?.text, 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(at(note, 'lead'), undefined);
    assert.equal(at(note, '2019'), undefined);
  });

  it('leaves out the punctuation prose puts around it, but not the brackets of the SMILES', () => {
    assert.equal(at('Compare aspirin (CC(=O)Oc1ccccc1C(=O)O).', 'Oc1'), 'CC(=O)Oc1ccccc1C(=O)O');
    assert.equal(at('- isobutane: CC(C)C, then', 'CC(C'), 'CC(C)C');
    assert.equal(at('ibuprofen is CC(C)Cc1ccc(cc1)C(C)C(=O)O.', 'Cc1'), 'CC(C)Cc1ccc(cc1)C(C)C(=O)O');
    assert.equal(at('“c1ccccc1O” said phenol', 'c1cc'), 'c1ccccc1O');
  });

  it('does not take ordinary words for structures', () => {
    for (const word of ['NO', 'SCSI', 'cocoa', 'ICON', 'Cl']) assert.equal(at(`a ${word} here`, word), undefined, word);
  });

  it('keeps each file kind\'s own rule first (a .smi line, a CSV SMILES column)', () => {
    assert.equal(at('CCO ethanol', 'ethanol', 'smiles'), undefined);
    assert.equal(structureAt('table', (n) => ['name,smiles', 'aspirin,CC(=O)O'][n] as string, 1, 10)?.text, 'CC(=O)O');
    assert.equal(proseSmilesAt('x = CCN(CC)CC;', 6)?.text, 'CCN(CC)CC');
  });
});
