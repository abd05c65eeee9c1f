import * as assert from 'node:assert/strict';
import type * as HoverMarkdown from '../../../../src/features/smiles/hoverMarkdown';
import { PAPERS_NAME_MAX, PAPERS_SMILES_MAX } from '../../../../src/protocol/papers';
import { markdownText } from '../../../../src/protocol/inertText';
import type { MoleculeInfo } from '../../../../src/chem/molecule';
import { installFakeVscode } from '../../../support/fakeVscode';

installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the fake: it imports 'vscode' (for l10n)
const { findPapersArg, hoverMarkdown } = require('../../../../src/features/smiles/hoverMarkdown') as typeof HoverMarkdown;

const aspirin: MoleculeInfo = {
  ok: true,
  input: 'CC(=O)Oc1ccccc1C(=O)O',
  canonicalSmiles: 'CC(=O)Oc1ccccc1C(=O)O',
  formula: 'C9H8O4',
  molecularWeight: 180.159,
  heavyAtoms: 13,
  atoms: 13,
  inchi: 'InChI=1S/C9H8O4/c1-6(10)13-8-5-3-2-4-7(8)9(11)12/h2-5H,1H3,(H,11,12)',
  inchiKey: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N',
  drawing: { svg: '<svg></svg>', width: 300, height: 200 },
};

describe('smiles hover: Markdown', () => {
  it('shows the drawing, properties and our command links', () => {
    const md = hoverMarkdown(aspirin);
    assert.match(md, /!\[2D structure\]\(data:image\/svg\+xml;base64,PHN2Zz48L3N2Zz4=\|width=300,height=200\)/);
    assert.match(md, /C9H8O4/);
    assert.match(md, /180\.16 g\/mol/);
    assert.match(md, /BSYNRYMUTXBXSQ\\-UHFFFAOYSA\\-N/);
    const links = [...md.matchAll(/\(command:([\w.]+)\?([^ )]+)/g)].map((m) => [m[1], JSON.parse(decodeURIComponent(m[2] as string))]);
    assert.deepEqual(links, [
      ['synapseLens.findPapers', [{ structure: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N', smiles: 'CC(=O)Oc1ccccc1C(=O)O' }]],
      ['synapseLens.copyInchiKey', ['BSYNRYMUTXBXSQ-UHFFFAOYSA-N']],
      ['synapseLens.copySmiles', ['CC(=O)Oc1ccccc1C(=O)O']],
    ]);
  });

  it('tells Find Papers the SMILES as written and the name the file gives it, within the paper panel\'s bounds', () => {
    const findArg = (md: string) => [...md.matchAll(/\(command:synapseLens\.findPapers\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1] as string)));
    assert.deepEqual(findArg(hoverMarkdown(aspirin, 'Aspirin')), [[{ structure: aspirin.inchiKey, smiles: aspirin.input, name: 'Aspirin' }]]);
    assert.deepEqual(findPapersArg('K', 'C'.repeat(PAPERS_SMILES_MAX + 1), 'n'.repeat(PAPERS_NAME_MAX + 1)), { structure: 'K' });
  });

  it('says there is no drawing for very large molecules', () => {
    assert.match(hoverMarkdown({ ...aspirin, drawing: undefined, atoms: 400 }), /No drawing: 400 atoms is more than the 150/);
  });

  it('keeps the Markdown under VS Code\'s 100,000-character hover cap: no drawing too big to show, a long SMILES shortened', () => {
    const svg = `<svg>${'<path d="M 1,1 L 2,2"/>'.repeat(4000)}</svg>`;
    const canonicalSmiles = '[H+]'.repeat(500);
    const md = hoverMarkdown({ ...aspirin, canonicalSmiles, drawing: { svg, width: 280, height: 140 } });
    assert.ok(md.length < 100_000, `${md.length} characters`);
    assert.doesNotMatch(md, /data:image/);
    assert.match(md, /No drawing: at 1\d\d kB it is more than a hover can show/);
    // Cut to 240 characters, the ellipsis included.
    assert.match(md, /\*\*Canonical SMILES\*\* (\\\[H\\\+\\\]){59}\\\[H\\\+…  /);
    // Copy SMILES still copies all of it.
    const copied = [...md.matchAll(/\(command:synapseLens\.copySmiles\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1] as string)));
    assert.deepEqual(copied, [[canonicalSmiles]]);
  });

  it('gives a molecule over the size limit a text-only hover with no links', () => {
    const md = hoverMarkdown({ ok: false, tooLarge: true, input: 'C'.repeat(900), atoms: 900, reason: '900 atoms is more than the 500 a hover describes.' });
    assert.match(md, /Large structure/);
    assert.match(md, /900 atoms/);
    assert.doesNotMatch(md, /command:|data:image|Not a valid/);
  });

  it('says RDKit stopped on a structure it crashed or stalled on, escaped, with no links', () => {
    const input = `C${'*'.repeat(1000)}`;
    const md = hoverMarkdown({ ok: false, failed: true, input, reason: 'RDKit crashed on this structure (memory access out of bounds) and was restarted.' });
    assert.match(md, /^\*\*Structure not described:\*\* C(\\\*){118}…\n/);
    assert.match(md, /memory access out of bounds/);
    assert.doesNotMatch(md, /command:|data:image|Not a valid/);
  });

  it('escapes hostile file content so it cannot make links, HTML or images', () => {
    const hostile = '[x](command:workbench.action.terminal.sendSequence?%5B%22rm%22%5D) <img src=x onerror=alert(1)> ![i](http://e/x)\n# h';
    const md = hoverMarkdown({ ok: false, input: hostile, reason: 'nope' });
    assert.doesNotMatch(md, /(?<!\\)\[x\]/);
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.doesNotMatch(md, /\n# h/);
    assert.match(md, /Not a valid SMILES/);
    assert.equal(markdownText('a*b_c`d'), 'a\\*b\\_c\\`d');
  });
});
