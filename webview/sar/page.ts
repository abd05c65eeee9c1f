// The SAR results page: title, live task status, a section per file, the filter bar, a count and
// the virtualized table. Built once; update() changes only what changed, so the search field
// keeps focus while the user types and the table keeps its scroll position on status pushes.
import * as l10n from '@vscode/l10n';
import type { SarFileView, SarInit, SarSnapshot } from '../../src/protocol/sar';
import type { SarColumnId, SarQuery, SarRow } from '../../src/protocol/sarQuery';
import { NO_QUERY, applySarQuery, nextSort, sarFacets } from '../../src/protocol/sarQuery';
import type { Choice } from '../common/controls';
import { button, dropdown, exportButtons, searchField } from '../common/controls';
import { clear, el, setText } from '../common/dom';
import type { DrawingState } from './columns';
import { fileStatus, taskStatus, unitsNote } from './model';
import { SarTable } from './table';

export interface SarView {
  readonly init: SarInit;
  readonly snapshot: SarSnapshot | undefined;
  readonly query: SarQuery;
}

export interface SarActions {
  setQuery(query: SarQuery): void;
  refresh(): void;
  copySmiles(row: SarRow): void;
  findPapers(row: SarRow): void;
  drawing(smiles: string): DrawingState;
  shown(rows: readonly SarRow[]): void;
  scrolled(scrollTop: number): void;
  exportAs(format: 'csv' | 'json'): void;
}

/** The choice that filters nothing out; made at each use, in the language the init brought. */
const any = (): Choice => ({ value: '', label: l10n.t('Any') });

export class SarPage {
  readonly table: SarTable;
  private readonly title: HTMLElement;
  private readonly status: HTMLElement;
  private readonly files: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly count: HTMLElement;
  private readonly units: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly notice: HTMLElement;
  private view: SarView | undefined;
  private toolbarKey = '';
  private filesVersion = -1;
  private shownRows: readonly SarRow[] | undefined;
  private shownQuery: SarQuery | undefined;
  private filtered: readonly SarRow[] = [];

  constructor(private readonly doc: Document, private readonly root: HTMLElement, private readonly actions: SarActions) {
    clear(root);
    root.classList.add('sar-page');
    this.title = el(doc, 'h1');
    this.status = el(doc, 'div', { className: 'sar-status', attrs: { role: 'status' } });
    this.files = el(doc, 'div', { className: 'sar-files' });
    this.toolbar = el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': l10n.t('Filters') } });
    this.count = el(doc, 'p', { className: 'muted sar-count', attrs: { 'aria-live': 'polite' } });
    this.units = el(doc, 'p', { className: 'muted sar-units' });
    this.notice = el(doc, 'p', { className: 'sar-notice', attrs: { 'aria-live': 'polite' } });
    this.empty = el(doc, 'p', { className: 'muted sar-empty' });
    this.table = new SarTable(doc, {
      sort: (column) => this.sort(column),
      copySmiles: (row) => actions.copySmiles(row),
      findPapers: (row) => actions.findPapers(row),
      drawing: (smiles) => actions.drawing(smiles),
      shown: (rows) => actions.shown(rows),
      scrolled: (top) => actions.scrolled(top),
    });
    root.append(this.title, this.status, this.files, this.toolbar, this.count, this.units, this.notice, this.empty, this.table.element);
  }

  /** The rows the table shows now (filtered and sorted). */
  get visibleRows(): readonly SarRow[] {
    return this.filtered;
  }

  update(view: SarView, scrollTop?: number): void {
    this.view = view;
    const { snapshot, init, query } = view;
    setText(this.title, l10n.t('SAR results: {0}', init.label || l10n.t('task {0}', init.taskId)));
    this.root.setAttribute('aria-busy', snapshot?.status === undefined && snapshot?.problem === undefined ? 'true' : 'false');
    this.renderStatus(snapshot, init.taskId);
    if (snapshot && snapshot.version !== this.filesVersion) {
      this.filesVersion = snapshot.version;
      this.renderFiles(snapshot.files);
    }
    const rows = snapshot?.rows ?? [];
    this.renderToolbar(rows, snapshot?.files ?? [], query);
    if (rows !== this.shownRows || query !== this.shownQuery) {
      const queryChanged = this.shownQuery !== undefined && query !== this.shownQuery;
      this.shownRows = rows;
      this.shownQuery = query;
      this.filtered = applySarQuery(rows, query);
      this.table.setRows(this.filtered, query.sort, scrollTop ?? (queryChanged ? 0 : undefined));
    }
    setText(this.count, rows.length === 0 ? '' : l10n.t('{0} of {1} results', this.filtered.length, rows.length));
    setText(this.units, unitsNote(this.filtered, query));
    const filteredOut = rows.length > 0 && this.filtered.length === 0;
    setText(this.empty, filteredOut ? l10n.t('No results match the filters.') : snapshot?.status === 'SUCCESS' && rows.length === 0 ? l10n.t('The task finished without results.') : '');
    this.table.element.hidden = rows.length === 0;
  }

  /** A short message under the filters ("SMILES copied", a failed Find Papers). */
  notify(text: string, isError = false): void {
    setText(this.notice, text);
    this.notice.classList.toggle('error', isError);
  }

  private sort(column: SarColumnId): void {
    if (!this.view) return;
    this.actions.setQuery({ ...this.view.query, sort: nextSort(this.view.query.sort, column) });
  }

  private renderStatus(snapshot: SarSnapshot | undefined, taskId: string): void {
    const line = taskStatus(snapshot, taskId);
    clear(this.status);
    this.status.className = `sar-status tone-${line.tone}`;
    this.status.title = snapshot?.status ?? '';
    this.status.append(el(this.doc, 'span', { text: line.text }));
    if (snapshot?.polling) this.status.append(el(this.doc, 'span', { className: 'muted', text: ` ${l10n.t('(checking periodically)')}` }));
    if (line.canRetry) this.status.append(' ', button(this.doc, l10n.t('Check again'), () => this.actions.refresh(), true));
  }

  private renderFiles(files: readonly SarFileView[]): void {
    clear(this.files);
    for (const file of files) {
      const state = fileStatus(file);
      const section = el(this.doc, 'section', { className: `sar-file tone-${state.tone}`, attrs: { 'aria-label': l10n.t('File {0}', file.name) } }, [
        el(this.doc, 'h2', { text: file.name }),
        // The state in words; the service's code only as the tooltip.
        el(this.doc, 'span', { className: 'file-status', text: state.text, attrs: { title: file.status } }),
      ]);
      if (file.status === 'SUCCESS' && file.items > 0) {
        const only = el(this.doc, 'button', { className: 'link', text: l10n.t('Show only this file'), attrs: { type: 'button', 'aria-label': l10n.t('Show only this file: {0}', file.name) } });
        only.addEventListener('click', () => {
          this.toolbarKey = ''; // a change from outside the filter bar: rebuild it to show the file chosen
          if (this.view) this.actions.setQuery({ ...this.view.query, file: file.id });
        });
        section.append(only);
      }
      this.files.append(section);
    }
  }

  /** Rebuilt only when the choices change; otherwise the controls are left alone (focus, caret). */
  private renderToolbar(rows: readonly SarRow[], files: readonly SarFileView[], query: SarQuery): void {
    const facets = sarFacets(rows);
    const fileChoices = files.filter((f) => f.items > 0);
    // Not the query's values: the controls already show what the user picked, and rebuilding would take their focus.
    const key = JSON.stringify([facets, fileChoices.map((f) => f.id), rows.length === 0]);
    if (key === this.toolbarKey && this.toolbar.childNodes.length > 0) return;
    this.toolbarKey = key;
    clear(this.toolbar);
    if (rows.length === 0) return;
    const set = (patch: Partial<SarQuery>) => this.view && this.actions.setQuery({ ...this.view.query, ...patch });
    this.toolbar.append(
      searchField(this.doc, l10n.t('Search'), query.text, (text) => set({ text })),
      dropdown(this.doc, l10n.t('Indicator'), [any(), ...facets.indicators.map((i) => ({ value: i, label: i }))], query.indicator, (indicator) => set({ indicator })),
      dropdown(this.doc, l10n.t('Target'), [any(), ...facets.targets.map((t) => ({ value: t, label: t }))], query.target, (target) => set({ target })),
    );
    if (fileChoices.length > 1 || query.file !== '') {
      this.toolbar.append(dropdown(this.doc, l10n.t('File'), [{ value: '', label: l10n.t('All files') }, ...fileChoices.map((f) => ({ value: f.id, label: f.name }))], query.file, (file) => set({ file })));
    }
    this.toolbar.append(button(this.doc, l10n.t('Clear filters'), () => {
      // The search field keeps what was typed unless the toolbar is rebuilt: force that.
      this.toolbarKey = '';
      this.actions.setQuery({ ...NO_QUERY, sort: this.view?.query.sort });
    }, true), ...exportButtons(this.doc, (format) => this.actions.exportAs(format)));
  }
}
