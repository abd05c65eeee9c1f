// Renders one page of papers: a toolbar (sort, language, paging) and a card per paper with an
// expandable abstract. Links are buttons that ask the host to open them (https only, host-checked).
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/protocol/export';
import type { PaperItem, PapersDrawing, PapersInit, PapersPageResult, PapersQuery } from '../../src/protocol/papers';
import { drawingElement } from '../common/drawing';
import { badge, dropdown, exportButtons } from '../common/controls';
import { el } from '../common/dom';
import { renderKeepingFocus } from '../common/focus';
import { drawPagedPanelHead, pager } from '../common/pagedPanel';
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
    heading: l10n.t('Papers for {0}', view.structure.name ?? view.structure.structure), subject: structureHead(doc, view.structure, view.drawing), toolbar: toolbar(doc, view, actions), notice: view.notice, error: view.error,
    loaded: view.page !== undefined, loadingText: l10n.t('Loading papers…'), retry: () => actions.setQuery(view.query),
  };
  if (!drawPagedPanelHead(doc, root, head) || view.page === undefined) return;
  if (view.page.items.length === 0) root.append(el(doc, 'p', { className: 'muted', text: l10n.t('No papers on this page.') }));
  const list = el(doc, 'ol', { className: 'papers', attrs: { start: String((view.query.page - 1) * view.query.rows + 1) } });
  for (const paper of view.page.items) list.append(card(doc, paper, actions));
  const q = view.query;
  root.append(list, pager(doc, q.page, pageCount(view.page.total, q.rows), view.page.hasNext, (page) => actions.setQuery({ ...q, page })));
}

/** Under the heading, when a name or SMILES is known: the drawing, the SMILES, then the InChIKey. */
function structureHead(doc: Document, s: PapersInit, drawing: HeadingDrawing): HTMLElement | undefined {
  if (s.smiles === undefined && s.name === undefined) return undefined;
  const facts = el(doc, 'dl', { className: 'structure-facts' });
  const fact = (term: string, value: string) => facts.append(el(doc, 'dt', { text: term }), el(doc, 'dd', { className: 'mono', text: value }));
  if (s.smiles !== undefined) fact('SMILES', s.smiles);
  fact(/^\d+$/.test(s.structure) ? l10n.t('InChI Key ID') : 'InChIKey', s.structure);
  const head = el(doc, 'div', { className: 'structure-head' });
  if (s.smiles !== undefined) head.append(drawingFigure(doc, s, drawing));
  head.append(facts);
  return head;
}

/** The drawing as an <img> of a data: URL (the SVG is never markup in the page), or why there is none. */
function drawingFigure(doc: Document, s: PapersInit, drawing: HeadingDrawing): HTMLElement {
  return drawingElement(doc, drawing, {
    imgClass: 'structure-drawing', width: 280, height: 140, alt: l10n.t('Structure of {0}', s.name ?? s.smiles ?? s.structure), placeClass: 'structure-drawing muted',
  });
}

function toolbar(doc: Document, view: PapersView, actions: PapersActions): HTMLElement {
  const q = view.query;
  return el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': l10n.t('Paper list options') } }, [
    dropdown(doc, l10n.t('Sort'), [{ value: 'desc', label: l10n.t('Newest first') }, { value: 'asc', label: l10n.t('Oldest first') }], q.sortOrder,
      (v) => actions.setQuery({ ...q, page: 1, sortOrder: v === 'asc' ? 'asc' : 'desc' })),
    dropdown(doc, l10n.t('Language'), [{ value: 'EN', label: l10n.t('English') }, { value: 'CN', label: '中文' }], q.lang,
      (v) => actions.setQuery({ ...q, page: 1, lang: v === 'CN' ? 'CN' : 'EN' })),
    ...exportButtons(doc, actions.exportAs),
  ]);
}

function card(doc: Document, p: PaperItem, actions: PapersActions): HTMLElement {
  const head = el(doc, 'div', { className: 'card-head' }, [el(doc, 'strong', { className: 'title', text: p.title || l10n.t('(untitled)') })]);
  if (p.docType) head.append(badge(doc, p.docType));
  const rows: HTMLElement[] = [head];
  const line = (label: string, text: string) => {
    if (text) rows.push(el(doc, 'div', { className: 'field' }, [el(doc, 'span', { className: 'label', text: l10n.t('{0}: ', label) }), text]));
  };
  line(l10n.t('Authors'), p.authors.join(', '));
  line(l10n.t('Institutions'), p.institutions.join('; '));
  line(l10n.t('Journal'), p.journal);
  line(l10n.t('Published'), p.publishedDate);
  line(l10n.t('Epub'), p.epubDate);
  line(l10n.t('Structures'), p.structureCount === undefined ? '' : String(p.structureCount));
  if (p.abstractText) {
    // <details> is keyboard-operable and needs no script to expand.
    rows.push(el(doc, 'details', { className: 'abstract' }, [el(doc, 'summary', { text: l10n.t('Abstract') }), el(doc, 'p', { text: p.abstractText })]));
  }
  const links = el(doc, 'div', { className: 'links' });
  const link = (label: string, url: string | undefined) => {
    if (!url) return;
    // Every card has a "PubMed" and a "Source": the name says which paper's, after the words shown.
    const b = el(doc, 'button', { className: 'link', text: label, attrs: { type: 'button', title: url, 'aria-label': l10n.t('Open {0}: {1}', label, p.title || l10n.t('(untitled)')) } });
    b.addEventListener('click', () => actions.openLink(url));
    links.append(b);
  };
  link(p.doi ? `DOI ${p.doi}` : 'DOI', p.doiUrl);
  link('PubMed', p.pubmedUrl);
  link(l10n.t('Source'), p.sourceUrl);
  if (links.childNodes.length > 0) rows.push(links);
  return el(doc, 'li', { className: 'card' }, rows);
}
