import * as assert from 'node:assert/strict';
import type { PapersQuery } from '../../../src/protocol/papers';
import { pageCount, restoreQuery } from '../../../webview/papers/model';
import type { PapersActions } from '../../../webview/papers/render';
import { renderPapers } from '../../../webview/papers/render';
import { paper } from './builders';
import { newPage } from './dom';
import { assertInert, assertShownAsText, HOSTILE } from './hostile';

const Q: PapersQuery = { page: 1, rows: 2, sortOrder: 'desc', lang: 'EN' };

function actions(log: unknown[] = []): PapersActions {
  return { setQuery: (q) => log.push(['query', q]), openLink: (u) => log.push(['open', u]), exportAs: (f) => log.push(['export', f]) };
}

describe('paper list panel: model', () => {
  it('counts pages', () => {
    assert.equal(pageCount(5, 2), 3);
    assert.equal(pageCount(undefined, 2), undefined);
  });

  it('restores a saved query defensively', () => {
    assert.deepEqual(restoreQuery({ query: { page: 3, rows: 500, sortOrder: 'asc', lang: 'CN' } }), { page: 3, rows: 20, sortOrder: 'asc', lang: 'CN' });
    assert.deepEqual(restoreQuery('junk'), { page: 1, rows: 20, sortOrder: 'desc', lang: 'EN' });
  });
});

describe('paper list panel: rendering', () => {
  it('renders every field, an expandable abstract and host-opened links', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderPapers(doc, root, { structure: { structure: 'KEY' }, drawing: undefined, query: Q, page: { items: [paper()], total: 5, hasNext: true }, error: undefined }, actions(log));
    const text = root.textContent ?? '';
    for (const s of ['A paper', 'A. Author', 'Some University', 'J. Chem.', 'Article', '2020-01-02', '2019-12-30', '3', 'Page 1 of 3']) assert.ok(text.includes(s), s);
    const details = root.querySelector('details') as HTMLDetailsElement;
    assert.equal(details.querySelector('p')?.textContent, 'Abstract text');
    const links = [...root.querySelectorAll('button.link')] as HTMLElement[];
    assert.deepEqual(links.map((b) => b.textContent), ['DOI 10.1/x', 'PubMed']);
    links[1]?.click();
    assert.deepEqual(log, [['open', 'https://pubmed.ncbi.nlm.nih.gov/1/']]);
    assert.equal(root.querySelectorAll('a').length, 0, 'no anchors: links go through the host');
  });

  it('pages and sorts through the query', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderPapers(doc, root, { structure: { structure: 'KEY' }, drawing: undefined, query: { ...Q, page: 2 }, page: { items: [paper(), paper({ id: 'p2' })], total: 5, hasNext: true }, error: undefined }, actions(log));
    const buttons = [...root.querySelectorAll('nav.pager vscode-button')] as HTMLElement[];
    assert.deepEqual(buttons.map((b) => b.textContent), ['Previous', 'Next']);
    buttons.forEach((b) => b.click());
    assert.deepEqual(log, [['query', { ...Q, page: 1 }], ['query', { ...Q, page: 3 }]]);
  });

  it('offers CSV and JSON export in the toolbar', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    renderPapers(doc, root, { structure: { structure: 'KEY' }, drawing: undefined, query: Q, page: { items: [paper()], total: 1, hasNext: false }, error: undefined }, actions(log));
    const buttons = [...root.querySelectorAll('[role=toolbar] vscode-button[data-export]')] as HTMLElement[];
    assert.deepEqual(buttons.map((b) => b.textContent), ['Export CSV', 'Export JSON']);
    buttons.forEach((b) => b.click());
    assert.deepEqual(log, [['export', 'csv'], ['export', 'json']]);
  });

  it('renders a hostile corpus as literal text and runs none of it', () => {
    const { doc, root } = newPage();
    const log: unknown[] = [];
    const items = HOSTILE.map((s, i) => paper({
      id: String(i), title: s, authors: [s], institutions: [s], journal: s, docType: s, publishedDate: s, epubDate: s, abstractText: s, doi: s,
      doiUrl: 'javascript:globalThis.__pwned=1', pubmedUrl: undefined,
    }));
    renderPapers(doc, root, { structure: { structure: HOSTILE[1] ?? '' }, drawing: undefined, query: { ...Q, rows: 100 }, page: { items, total: items.length, hasNext: false }, error: undefined }, actions(log));
    assertInert(root);
    const text = root.textContent ?? '';
    assertShownAsText(text);
    // A click only asks the host, which refuses anything but https.
    (root.querySelector('button.link') as HTMLElement).click();
    assert.deepEqual(log, [['open', 'javascript:globalThis.__pwned=1']]);
    assertInert(root);
  });
});

describe('paper list panel: the structure under the heading', () => {
  const KEY = 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N';
  const SMILES = 'CC(=O)Oc1ccccc1C(=O)O';
  const loaded = { query: Q, page: { items: [paper()], total: 1, hasNext: false }, error: undefined } as const;

  it('shows the name, the drawing, the SMILES, then the InChIKey', () => {
    const { doc, root } = newPage();
    renderPapers(doc, root, { ...loaded, structure: { structure: KEY, smiles: SMILES, name: 'Aspirin' }, drawing: { svg: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>' } }, actions());
    assert.equal(root.querySelector('h1')?.textContent, 'Papers for Aspirin');
    const img = root.querySelector('.structure-head img.structure-drawing') as HTMLImageElement;
    assert.match(img.getAttribute('src') ?? '', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    assert.equal(img.alt, 'Structure of Aspirin');
    const facts = [...root.querySelectorAll('.structure-facts dt, .structure-facts dd')].map((e) => e.textContent);
    assert.deepEqual(facts, ['SMILES', SMILES, 'InChIKey', KEY]);
    assertInert(root, { drawings: true });
  });

  it('says the drawing is on its way or why there is none, and shows the InChIKey alone when nothing else is known', () => {
    const { doc, root } = newPage();
    renderPapers(doc, root, { ...loaded, structure: { structure: KEY, smiles: SMILES }, drawing: 'pending' }, actions());
    assert.equal(root.querySelector('h1')?.textContent, `Papers for ${KEY}`);
    assert.equal(root.querySelector('.structure-drawing')?.textContent, 'Drawing…');
    renderPapers(doc, root, { ...loaded, structure: { structure: KEY, smiles: SMILES }, drawing: { problem: 'RDKit cannot parse it' } }, actions());
    assert.equal(root.querySelector('.structure-drawing')?.getAttribute('title'), 'RDKit cannot parse it');
    assert.equal(root.querySelector('img'), null);
    renderPapers(doc, root, { ...loaded, structure: { structure: '126213117', name: 'Aspirin' }, drawing: undefined }, actions());
    assert.deepEqual([...root.querySelectorAll('.structure-facts dt, .structure-facts dd')].map((e) => e.textContent), ['InChI Key ID', '126213117']);
    assert.equal(root.querySelector('.structure-drawing'), null, 'no SMILES, no drawing');
    renderPapers(doc, root, { ...loaded, structure: { structure: KEY }, drawing: undefined }, actions());
    assert.equal(root.querySelector('h1')?.textContent, `Papers for ${KEY}`);
    assert.equal(root.querySelector('.structure-head'), null);
  });

  it('shows a hostile name and SMILES as text and runs none of it', () => {
    const { doc, root } = newPage();
    const hostile = HOSTILE.join(' ');
    renderPapers(doc, root, { ...loaded, structure: { structure: KEY, smiles: hostile, name: hostile }, drawing: { svg: '<svg onload="globalThis.__pwned=1"/>' } }, actions());
    assertInert(root, { drawings: true });
    assertShownAsText(root.querySelector('h1')?.textContent ?? '');
    assertShownAsText(root.querySelector('.structure-facts dd')?.textContent ?? '');
  });
});
