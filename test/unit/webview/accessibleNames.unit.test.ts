// Every control a panel draws has an accessible name that holds the words it shows (so voice
// control can say them), a control repeated on every card or row says whose it is, tables are
// named, sort state and counts are exposed. The e2e axe scenario checks the same in the real host;
// these catch a regression without one.
import * as assert from 'node:assert/strict';
import type { SarSnapshot } from '../../../src/protocol/sar';
import { NO_QUERY } from '../../../src/protocol/sarQuery';
import { NO_FILTERS } from '../../../webview/milestones/model';
import { renderMilestones } from '../../../webview/milestones/render';
import { renderPapers } from '../../../webview/papers/render';
import { SarPage } from '../../../webview/sar/page';
import { renderSequences } from '../../../webview/sequences/render';
import { milestone, paper, sarRow, sequencePatent } from './builders';
import { newPage } from './dom';

const CONTROLS = 'button, summary, vscode-button, vscode-single-select, vscode-textfield, vscode-checkbox';
const ignore = (): void => undefined;

/** The name a screen reader gives the control, as the control's markup decides it. */
function nameOf(node: Element): string {
  return (node.getAttribute('aria-label') ?? node.getAttribute('label') ?? node.textContent ?? '').trim();
}

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Controls without a name, or whose name leaves out the words they show. */
function badlyNamed(root: Element): string[] {
  return [...root.querySelectorAll(CONTROLS)].flatMap((node) => {
    const name = nameOf(node);
    const shown = node.tagName === 'VSCODE-SINGLE-SELECT' || node.tagName === 'VSCODE-TEXTFIELD' ? '' : (node.textContent ?? '').trim();
    if (!name) return [`${node.tagName.toLowerCase()}: no name`];
    if (!words(name).includes(words(shown))) return [`${node.tagName.toLowerCase()} "${shown}": named "${name}"`];
    return [];
  });
}

/** The names of every control showing `text`: distinct when the same control repeats per item. */
function namesShowing(root: Element, text: string): string[] {
  return [...root.querySelectorAll(CONTROLS)].filter((n) => (n.textContent ?? '').trim() === text).map(nameOf);
}

describe('panels: accessible names', () => {
  it('dropdowns name the combobox inside the component, not only its host element', () => {
    const { doc, root } = newPage();
    renderMilestones(doc, root, { drugName: 'Drug X', items: [milestone()], error: undefined, filters: NO_FILTERS }, { setFilters: ignore, crossLink: ignore, reload: ignore, exportAs: ignore });
    const selects = [...root.querySelectorAll('vscode-single-select')];
    assert.deepEqual(selects.map((s) => s.getAttribute('label')), ['Country', 'Disease', 'Organization', 'Tag', 'Sort']);
    assert.deepEqual(selects.map((s) => s.getAttribute('aria-label')), selects.map((s) => s.getAttribute('label')));
  });

  it('milestones: every control named; cross-links say what they do, for which disease or organization', () => {
    const { doc, root } = newPage();
    const items = [milestone(), milestone({ diseases: [{ id: 'd2', name: 'COPD' }], organizations: [{ id: 'o2', name: 'Beta' }] })];
    renderMilestones(doc, root, { drugName: 'Drug X', items, error: undefined, filters: NO_FILTERS }, { setFilters: ignore, crossLink: ignore, reload: ignore, exportAs: ignore });
    assert.deepEqual(badlyNamed(root), []);
    assert.deepEqual(namesShowing(root, 'COPD'), ['Find drugs for disease COPD']);
    assert.deepEqual(namesShowing(root, 'Acme Pharma'), ['Find drugs for organization Acme Pharma']);
    assert.equal(root.querySelector('[aria-live]')?.textContent, '2 of 2 milestones', 'the count is announced when a filter changes it');
  });

  it('milestones: "Loading…" is a status, an error an alert with a named Retry', () => {
    const { doc, root } = newPage();
    const actions = { setFilters: ignore, crossLink: ignore, reload: ignore, exportAs: ignore };
    renderMilestones(doc, root, { drugName: 'X', items: undefined, error: undefined, filters: NO_FILTERS }, actions);
    assert.equal(root.querySelector('[role=status]')?.textContent, 'Loading milestones…');
    renderMilestones(doc, root, { drugName: 'X', items: undefined, error: 'Could not load', filters: NO_FILTERS }, actions);
    assert.equal(root.querySelector('[role=alert]')?.textContent, 'Could not load');
    assert.deepEqual(badlyNamed(root), []);
  });

  it('papers: each card\'s links say which paper they open; the pager is a named navigation', () => {
    const { doc, root } = newPage();
    const items = [paper(), paper({ id: 'p2', title: 'Another paper', doi: '10.2/y', doiUrl: 'https://doi.org/10.2/y', pubmedUrl: 'https://pubmed.ncbi.nlm.nih.gov/2/' })];
    renderPapers(doc, root, {
      structure: { structure: 'KEY' }, drawing: undefined, query: { page: 2, rows: 2, sortOrder: 'desc', lang: 'EN' },
      page: { items, total: 6, hasNext: true }, error: undefined,
    }, { setQuery: ignore, openLink: ignore, exportAs: ignore });
    assert.deepEqual(badlyNamed(root), []);
    assert.deepEqual(namesShowing(root, 'PubMed'), ['Open PubMed: A paper', 'Open PubMed: Another paper']);
    assert.equal(root.querySelector('nav.pager')?.getAttribute('aria-label'), 'Pages');
    assert.equal(root.querySelector('nav.pager [aria-live]')?.textContent, 'Page 2 of 3');
  });

  it('papers: "Loading papers…" is a status', () => {
    const { doc, root } = newPage();
    renderPapers(doc, root, { structure: { structure: 'KEY' }, drawing: undefined, query: { page: 1, rows: 2, sortOrder: 'desc', lang: 'EN' }, page: undefined, error: undefined },
      { setQuery: ignore, openLink: ignore, exportAs: ignore });
    assert.equal(root.querySelector('[role=status]')?.textContent, 'Loading papers…');
    assert.equal(root.getAttribute('aria-busy'), 'true');
  });

  it('sequences: the table has a caption and column headers; the checkbox and dropdown are named', () => {
    const { doc, root } = newPage();
    renderSequences(doc, root, {
      seqId: '834879', query: { page: 1, size: 20 }, filters: { claimedOnly: false }, error: undefined, notice: undefined,
      page: { items: [sequencePatent()], total: 1, hasNext: false },
    }, { setQuery: ignore, setFilters: ignore, exportAs: ignore });
    assert.deepEqual(badlyNamed(root), []);
    assert.equal(root.querySelector('table caption')?.textContent, 'Patents on this page');
    assert.deepEqual([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')), ['col', 'col', 'col', 'col']);
    assert.equal(root.querySelector('vscode-checkbox')?.getAttribute('label'), 'Claimed only');
    assert.equal(root.querySelector('vscode-single-select')?.getAttribute('label'), 'Per page');
  });

  it('SAR: the grid is named, sort state is on the column headers, row actions say whose, file links which file', () => {
    const { doc, root } = newPage();
    const rows = [sarRow({ compound: 'Compound 1' }), sarRow({ compound: 'Compound 2' })];
    const snapshot: SarSnapshot = {
      version: 1, status: 'SUCCESS', polling: false, problem: undefined, rows,
      files: [{ id: 'f1', name: 'a.pdf', status: 'SUCCESS', items: 1 }, { id: 'f2', name: 'b.pdf', status: 'SUCCESS', items: 1 }],
    };
    const page = new SarPage(doc, root, {
      setQuery: ignore, refresh: ignore, copySmiles: ignore, findPapers: ignore, drawing: () => undefined, shown: ignore, scrolled: ignore, exportAs: ignore,
    });
    page.update({ init: { taskId: 't', label: 'a.pdf' }, snapshot, query: { ...NO_QUERY, sort: { column: 'value', direction: 'asc' } } });
    assert.deepEqual(badlyNamed(root), []);
    assert.equal(root.querySelector('[role=grid]')?.getAttribute('aria-label'), 'SAR results');
    assert.equal(root.querySelector('.sar-head .col-value')?.getAttribute('aria-sort'), 'ascending');
    assert.equal(root.querySelector('.sar-head .col-compound')?.getAttribute('aria-sort'), 'none');
    assert.deepEqual(namesShowing(root, 'Copy SMILES'), ['Copy SMILES of Compound 1', 'Copy SMILES of Compound 2']);
    assert.deepEqual(namesShowing(root, 'Find papers'), ['Find papers for Compound 1', 'Find papers for Compound 2']);
    assert.deepEqual(namesShowing(root, 'Show only this file'), ['Show only this file: a.pdf', 'Show only this file: b.pdf']);
    assert.equal(root.querySelector('.sar-count')?.getAttribute('aria-live'), 'polite');
  });
});
