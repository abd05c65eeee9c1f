// The virtualized SAR table: an ARIA grid whose body is a spacer as tall as every row, with only
// the rows in view (plus a few) in the DOM, each placed at index × ROW_HEIGHT. Scrolling swaps
// rows in and out; sorting headers are buttons; rows take focus one at a time (roving tabindex)
// and move with the arrow, Page and Home/End keys; C copies the SMILES, P finds papers.
import * as l10n from '@vscode/l10n';
import type { SarColumnId, SarRow, SarSort } from '../../src/protocol/sarQuery';
import { el, setText } from '../common/dom';
import type { DrawingState } from './columns';
import { SAR_COLUMNS, structureContent } from './columns';
import { FALLBACK_VIEWPORT, ROW_HEIGHT, moveFocus, visibleWindow } from './model';

export interface TableActions {
  sort(column: SarColumnId): void;
  copySmiles(row: SarRow): void;
  findPapers(row: SarRow): void;
  drawing(smiles: string): DrawingState;
  /** The rows now in the DOM, so their drawings can be fetched. */
  shown(rows: readonly SarRow[]): void;
  scrolled(scrollTop: number): void;
}

export class SarTable {
  /** The scroll container (role=grid): put it in the page once. */
  readonly element: HTMLElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLElement;
  private readonly headerCells = new Map<SarColumnId, HTMLElement>();
  private readonly rendered = new Map<number, HTMLElement>();
  private rows: readonly SarRow[] = [];
  private active = 0;
  private scheduled = false;

  constructor(private readonly doc: Document, private readonly actions: TableActions) {
    this.header = el(doc, 'div', { className: 'sar-row sar-head', attrs: { role: 'row', 'aria-rowindex': '1' } });
    for (const column of SAR_COLUMNS) {
      const label = column.label();
      const button = el(doc, 'button', { className: 'sort', attrs: { type: 'button', title: l10n.t('Sort by {0}', label) } }, [
        label, el(doc, 'span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } }),
      ]);
      button.addEventListener('click', () => actions.sort(column.id));
      const cell = el(doc, 'div', { className: `sar-cell col-${column.id}`, attrs: { role: 'columnheader', 'aria-sort': 'none' } }, [button]);
      this.headerCells.set(column.id, cell);
      this.header.append(cell);
      // Row actions sit beside the drawing they act on, not after a long horizontal scroll.
      if (column.id === 'structure') this.header.append(el(doc, 'div', { className: 'sar-cell col-actions', attrs: { role: 'columnheader' } }, [el(doc, 'span', { text: l10n.t('Actions') })]));
    }
    this.body = el(doc, 'div', { className: 'sar-body', attrs: { role: 'rowgroup' } });
    this.element = el(doc, 'div', {
      className: 'sar-grid',
      attrs: { role: 'grid', 'aria-label': l10n.t('SAR results'), 'aria-colcount': String(SAR_COLUMNS.length + 1), 'aria-rowcount': '1' },
    }, [el(doc, 'div', { className: 'sar-headgroup', attrs: { role: 'rowgroup' } }, [this.header]), this.body]);
    this.element.addEventListener('scroll', () => this.schedule());
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('focusin', (event) => {
      const row = (event.target as Element | null)?.closest?.('[data-index]');
      if (row) this.setActive(Number(row.getAttribute('data-index')));
    });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** Shows `rows` (already filtered and sorted). `scrollTop` moves the view (0 after a new query). */
  setRows(rows: readonly SarRow[], sort: SarSort | undefined, scrollTop?: number): void {
    this.rows = rows;
    for (const [id, cell] of this.headerCells) {
      const direction = sort?.column === id ? sort.direction : undefined;
      cell.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none');
      const mark = cell.querySelector('.sort-mark');
      if (mark) setText(mark, direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : '');
    }
    this.element.setAttribute('aria-rowcount', String(rows.length + 1));
    this.body.style.height = `${rows.length * ROW_HEIGHT}px`;
    for (const row of this.rendered.values()) row.remove();
    this.rendered.clear();
    this.active = Math.min(this.active, Math.max(0, rows.length - 1));
    if (scrollTop !== undefined) this.element.scrollTop = scrollTop;
    this.renderWindow();
  }

  /** Puts the rows in view into the DOM and removes the rest; rows already there are kept. */
  renderWindow(): void {
    this.scheduled = false;
    const offset = Math.max(0, this.element.scrollTop - this.header.offsetHeight);
    const { first, end } = visibleWindow(offset, this.viewportHeight(), this.rows.length);
    for (const [index, row] of this.rendered) {
      if (index < first || index >= end) {
        row.remove();
        this.rendered.delete(index);
      }
    }
    for (let index = first; index < end; index++) {
      if (!this.rendered.has(index)) {
        const row = this.buildRow(index);
        this.rendered.set(index, row);
        this.body.append(row);
      }
    }
    this.actions.shown(this.rows.slice(first, end));
  }

  /** Replaces the structure cells of rendered rows whose drawing has arrived (or changed ink). */
  refreshDrawings(): void {
    for (const [index, row] of this.rendered) {
      const data = this.rows[index];
      const cell = row.querySelector('.structure');
      if (!data || !cell) continue;
      cell.replaceChildren(structureContent(this.doc, data, this.actions.drawing(data.smiles)));
    }
  }

  /** Scrolls row `index` into view, renders it and gives it keyboard focus. */
  focusRow(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    const view = this.viewportHeight();
    const top = index * ROW_HEIGHT;
    const scroll = this.element.scrollTop;
    if (top < scroll) this.element.scrollTop = top;
    else if (top + ROW_HEIGHT > scroll + view) this.element.scrollTop = top + ROW_HEIGHT - view;
    this.setActive(index);
    this.renderWindow();
    this.rendered.get(index)?.focus();
  }

  /** The height rows are seen in (below the sticky header); a typical one before there is layout. */
  private viewportHeight(): number {
    const height = this.element.clientHeight - this.header.offsetHeight;
    return height > 0 ? height : FALLBACK_VIEWPORT;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const win = this.doc.defaultView;
    const run = () => {
      if (!this.scheduled) return;
      this.renderWindow();
      this.actions.scrolled(this.element.scrollTop);
    };
    if (win?.requestAnimationFrame) win.requestAnimationFrame(run);
    else setTimeout(run, 16);
  }

  private setActive(index: number): void {
    if (index === this.active) return;
    const before = this.rendered.get(this.active);
    if (before) this.setTabbable(before, false);
    this.active = index;
    const now = this.rendered.get(index);
    if (now) this.setTabbable(now, true);
  }

  private setTabbable(row: HTMLElement, on: boolean): void {
    row.tabIndex = on ? 0 : -1;
    for (const button of row.querySelectorAll('button')) button.tabIndex = on ? 0 : -1;
  }

  private onKey(event: KeyboardEvent): void {
    const rowEl = (event.target as Element | null)?.closest?.('[data-index]');
    if (!rowEl || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(rowEl.getAttribute('data-index'));
    const pageRows = Math.max(1, Math.floor(this.viewportHeight() / ROW_HEIGHT) - 1);
    const next = moveFocus(event.key, index, this.rows.length, pageRows);
    if (next !== undefined) {
      event.preventDefault();
      this.focusRow(next);
      return;
    }
    const row = this.rows[index];
    if (!row || event.target !== rowEl) return;
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      this.actions.copySmiles(row);
    } else if (event.key === 'p' || event.key === 'P') {
      event.preventDefault();
      this.actions.findPapers(row);
    }
  }

  private buildRow(index: number): HTMLElement {
    const data = this.rows[index] as SarRow;
    const label = `${data.compound || data.code || l10n.t('Row')}: ${data.indicator} ${data.value} ${data.unit}`.trim();
    const row = el(this.doc, 'div', {
      className: 'sar-row',
      attrs: { role: 'row', 'aria-rowindex': String(index + 2), 'data-index': String(index), 'aria-label': label, 'aria-keyshortcuts': 'C P' },
    });
    row.style.top = `${index * ROW_HEIGHT}px`;
    const drawing = data.smiles ? this.actions.drawing(data.smiles) : undefined;
    for (const column of SAR_COLUMNS) {
      row.append(el(this.doc, 'div', { className: `sar-cell col-${column.id}`, attrs: { role: 'gridcell' } }, [column.cell(this.doc, data, drawing)]));
      if (column.id === 'structure') row.append(this.actionsCell(data));
    }
    this.setTabbable(row, index === this.active);
    return row;
  }

  private actionsCell(data: SarRow): HTMLElement {
    // Every row has these two: the names say whose, after the words shown.
    const whose = data.compound || data.code || data.smiles || l10n.t('this row');
    const copy = el(this.doc, 'button', { className: 'row-action', text: l10n.t('Copy SMILES'), attrs: { type: 'button', title: l10n.t('Copy SMILES (C)'), 'aria-label': l10n.t('Copy SMILES of {0}', whose) } });
    copy.addEventListener('click', () => this.actions.copySmiles(data));
    const papers = el(this.doc, 'button', { className: 'row-action', text: l10n.t('Find papers'), attrs: { type: 'button', title: l10n.t('Find papers for this structure (P)'), 'aria-label': l10n.t('Find papers for {0}', whose) } });
    papers.addEventListener('click', () => this.actions.findPapers(data));
    if (data.smiles === '') copy.setAttribute('disabled', '');
    if (data.smiles === '' && data.inchiKey === '') papers.setAttribute('disabled', '');
    return el(this.doc, 'div', { className: 'sar-cell col-actions', attrs: { role: 'gridcell' } }, [copy, papers]);
  }
}
