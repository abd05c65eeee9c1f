// Renders one page of papers: a toolbar (sort, language, paging) and a card per paper with an
// expandable abstract. Links are buttons that ask the host to open them (https only, host-checked).
import type { ExportFormat } from '../../src/protocol/export';
import type { PaperItem, PapersDrawing, PapersInit, PapersPageResult, PapersQuery } from '../../src/protocol/papers';
import { drawingElement } from '../common/drawing';
import { badge, button, dropdown, exportButtons } from '../common/controls';
import { el } from '../common/dom';
import { renderKeepingFocus } from '../common/focus';
import { drawPagedPanelHead } from '../common/pagedPanel';
import { pageCount } from './model';

/** The heading's drawing: asked for, arrived (or why not), or not asked for (no SMILES). */
export type HeadingDrawing = PapersDrawing | 'pending' | undefined;

export interface PapersView {
  /** The panel's init: the InChIKey or ID, and the SMILES and name where known. */
  readonly structure: PapersInit;
  readonly drawing: HeadingDrawing;
  readonly query: PapersQuery;
  readonly page: PapersPageResult | undefined;
  readonly error: string | undefined;
  /** The last export's result, or "Exporting…". */
  readonly notice?: string | undefined;
}

export interface PapersActions {
  setQuery(query: PapersQuery): void;
  openLink(url: string): void;
  exportAs(format: ExportFormat): void;
}

export function renderPapers(doc: Document, root: HTMLElement, view: PapersView, actions: PapersActions): void {
  renderKeepingFocus(doc, root, () => draw(doc, root, view, actions));
}

function draw(doc: Document, root: HTMLElement, view: PapersView, actions: PapersActions): void {
  const head = {
    heading: `Papers for ${view.structure.name ?? view.structure.structure}`, subject: structureHead(doc, view.structure, view.drawing), toolbar: toolbar(doc, view, actions), notice: view.notice, error: view.error,
    loaded: view.page !== undefined, loadingText: 'Loading papers…', retry: () => actions.setQuery(view.query),
  };
  if (!drawPagedPanelHead(doc, root, head) || view.page === undefined) return;
  if (view.page.items.length === 0) root.append(el(doc, 'p', { className: 'muted', text: 'No papers on this page.' }));
  const list = el(doc, 'ol', { className: 'papers', attrs: { start: String((view.query.page - 1) * view.query.rows + 1) } });
  for (const paper of view.page.items) list.append(card(doc, paper, actions));
  root.append(list, pager(doc, view, actions));
}

/** Under the heading, when a name or SMILES is known: the drawing, the SMILES, then the InChIKey. */
function structureHead(doc: Document, s: PapersInit, drawing: HeadingDrawing): HTMLElement | undefined {
  if (s.smiles === undefined && s.name === undefined) return undefined;
  const facts = el(doc, 'dl', { className: 'structure-facts' });
  const fact = (term: string, value: string) => facts.append(el(doc, 'dt', { text: term }), el(doc, 'dd', { className: 'mono', text: value }));
  if (s.smiles !== undefined) fact('SMILES', s.smiles);
  fact(/^\d+$/.test(s.structure) ? 'InChI Key ID' : 'InChIKey', s.structure);
  const head = el(doc, 'div', { className: 'structure-head' });
  if (s.smiles !== undefined) head.append(drawingFigure(doc, s, drawing));
  head.append(facts);
  return head;
}

/** The drawing as an <img> of a data: URL (the SVG is never markup in the page), or why there is none. */
function drawingFigure(doc: Document, s: PapersInit, drawing: HeadingDrawing): HTMLElement {
  return drawingElement(doc, drawing, {
    imgClass: 'structure-drawing', width: 280, height: 140, alt: `Structure of ${s.name ?? s.smiles ?? s.structure}`, placeClass: 'structure-drawing muted',
  });
}

function toolbar(doc: Document, view: PapersView, actions: PapersActions): HTMLElement {
  const q = view.query;
  return el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Paper list options' } }, [
    dropdown(doc, 'Sort', [{ value: 'desc', label: 'Newest first' }, { value: 'asc', label: 'Oldest first' }], q.sortOrder,
      (v) => actions.setQuery({ ...q, page: 1, sortOrder: v === 'asc' ? 'asc' : 'desc' })),
    dropdown(doc, 'Language', [{ value: 'EN', label: 'English' }, { value: 'CN', label: '中文' }], q.lang,
      (v) => actions.setQuery({ ...q, page: 1, lang: v === 'CN' ? 'CN' : 'EN' })),
    ...exportButtons(doc, actions.exportAs),
  ]);
}

function pager(doc: Document, view: PapersView, actions: PapersActions): HTMLElement {
  const q = view.query;
  const pages = pageCount(view.page?.total, q.rows);
  const bar = el(doc, 'nav', { className: 'pager', attrs: { 'aria-label': 'Pages' } });
  if (q.page > 1) bar.append(button(doc, 'Previous', () => actions.setQuery({ ...q, page: q.page - 1 }), true));
  bar.append(el(doc, 'span', { className: 'muted', text: pages === undefined ? `Page ${q.page}` : `Page ${q.page} of ${pages}`, attrs: { 'aria-live': 'polite' } }));
  if (view.page?.hasNext) bar.append(button(doc, 'Next', () => actions.setQuery({ ...q, page: q.page + 1 }), true));
  return bar;
}

function card(doc: Document, p: PaperItem, actions: PapersActions): HTMLElement {
  const head = el(doc, 'div', { className: 'card-head' }, [el(doc, 'strong', { className: 'title', text: p.title || '(untitled)' })]);
  if (p.docType) head.append(badge(doc, p.docType));
  const rows: HTMLElement[] = [head];
  const line = (label: string, text: string) => {
    if (text) rows.push(el(doc, 'div', { className: 'field' }, [el(doc, 'span', { className: 'label', text: `${label}: ` }), text]));
  };
  line('Authors', p.authors.join(', '));
  line('Institutions', p.institutions.join('; '));
  line('Journal', p.journal);
  line('Published', p.publishedDate);
  line('Epub', p.epubDate);
  line('Structures', p.structureCount === undefined ? '' : String(p.structureCount));
  if (p.abstractText) {
    // <details> is keyboard-operable and needs no script to expand.
    rows.push(el(doc, 'details', { className: 'abstract' }, [el(doc, 'summary', { text: 'Abstract' }), el(doc, 'p', { text: p.abstractText })]));
  }
  const links = el(doc, 'div', { className: 'links' });
  const link = (label: string, url: string | undefined) => {
    if (!url) return;
    // Every card has a "PubMed" and a "Source": the name says which paper's, after the words shown.
    const b = el(doc, 'button', { className: 'link', text: label, attrs: { type: 'button', title: url, 'aria-label': `Open ${label}: ${p.title || '(untitled)'}` } });
    b.addEventListener('click', () => actions.openLink(url));
    links.append(b);
  };
  link(p.doi ? `DOI ${p.doi}` : 'DOI', p.doiUrl);
  link('PubMed', p.pubmedUrl);
  link('Source', p.sourceUrl);
  if (links.childNodes.length > 0) rows.push(links);
  return el(doc, 'li', { className: 'card' }, rows);
}
