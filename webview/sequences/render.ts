// Renders one page of a sequence's patents: a toolbar (claimed only, page size, export), a table
// with the claimed flag, location chips and SEQ ID numbers, and a pager. Claimed-only filters the
// page shown (B005 has no such parameter); the pager walks the server's pages either way.
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/protocol/export';
import type { SequenceFilters } from '../../src/protocol/sequenceFilters';
import { applySequenceFilters } from '../../src/protocol/sequenceFilters';
import type { SequencePatentItem, SequencesPageResult, SequencesQuery } from '../../src/protocol/sequences';
import { checkbox, dropdown, exportButtons } from '../common/controls';
import { el } from '../common/dom';
import { renderKeepingFocus } from '../common/focus';
import { drawPagedPanelHead, pager } from '../common/pagedPanel';
import { PAGE_SIZES, pageCount } from './model';

export interface SequencesView {
  readonly seqId: string;
  readonly query: SequencesQuery;
  readonly filters: SequenceFilters;
  readonly page: SequencesPageResult | undefined;
  readonly error: string | undefined;
  /** The last export's result, or "Exporting…". */
  readonly notice: string | undefined;
}

export interface SequencesActions {
  setQuery(query: SequencesQuery): void;
  setFilters(filters: SequenceFilters): void;
  exportAs(format: ExportFormat): void;
}

export function renderSequences(doc: Document, root: HTMLElement, view: SequencesView, actions: SequencesActions): void {
  renderKeepingFocus(doc, root, () => draw(doc, root, view, actions));
}

function draw(doc: Document, root: HTMLElement, view: SequencesView, actions: SequencesActions): void {
  const head = {
    heading: l10n.t('Patents with sequence {0}', view.seqId), toolbar: toolbar(doc, view, actions), notice: view.notice, error: view.error,
    loaded: view.page !== undefined, loadingText: l10n.t('Loading patents…'), retry: () => actions.setQuery(view.query),
  };
  if (!drawPagedPanelHead(doc, root, head) || view.page === undefined) return;
  const shown = applySequenceFilters(view.page.items, view.filters);
  root.append(el(doc, 'p', { className: 'muted summary', text: summary(view, shown.length), attrs: { 'aria-live': 'polite' } }));
  if (shown.length > 0) root.append(table(doc, shown));
  else root.append(el(doc, 'p', { className: 'muted', text: emptyText(view) }));
  const q = view.query;
  root.append(pager(doc, q.page, pageCount(view.page.total, q.size), view.page.hasNext, (page) => actions.setQuery({ ...q, page })));
}

function summary(view: SequencesView, shown: number): string {
  const page = view.page;
  const total = page?.total === undefined ? undefined : page.total === 1 ? l10n.t('1 patent in all') : l10n.t('{0} patents in all', page.total);
  const onPage = page?.items.length ?? 0;
  const here = view.filters.claimedOnly ? l10n.t('{0} of {1} on this page claim the sequence', shown, onPage) : l10n.t('{0} on this page', onPage);
  return total === undefined ? here : `${total} · ${here}`;
}

function emptyText(view: SequencesView): string {
  if (view.page?.items.length === 0) return view.query.page > 1 ? l10n.t('No patents on this page.') : l10n.t('No patents found for sequence {0}.', view.seqId);
  return l10n.t('No patent on this page claims the sequence. Try the next page, or clear "Claimed only".');
}

function toolbar(doc: Document, view: SequencesView, actions: SequencesActions): HTMLElement {
  const q = view.query;
  return el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': l10n.t('Sequence patent options') } }, [
    checkbox(doc, l10n.t('Claimed only'), view.filters.claimedOnly, (claimedOnly) => actions.setFilters({ claimedOnly })),
    dropdown(doc, l10n.t('Per page'), PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) })), String(q.size),
      (v) => actions.setQuery({ page: 1, size: Number(v) || q.size })),
    ...exportButtons(doc, actions.exportAs),
  ]);
}

function table(doc: Document, items: readonly SequencePatentItem[]): HTMLElement {
  const head = el(doc, 'thead', {}, [el(doc, 'tr', {}, [l10n.t('Publication number'), l10n.t('Claimed'), l10n.t('Where the sequence appears'), 'SEQ ID NO']
    .map((h) => el(doc, 'th', { text: h, attrs: { scope: 'col' } })))]);
  const body = el(doc, 'tbody');
  for (const p of items) body.append(row(doc, p));
  return el(doc, 'table', { className: 'patents' }, [el(doc, 'caption', { className: 'visually-hidden', text: l10n.t('Patents on this page') }), head, body]);
}

function row(doc: Document, p: SequencePatentItem): HTMLElement {
  const claimed = p.claimed === undefined ? l10n.t('Unknown') : p.claimed ? l10n.t('Claimed') : l10n.t('Not claimed');
  const chips = el(doc, 'ul', { className: 'chips', attrs: { 'aria-label': l10n.t('Locations in {0}', p.pn) } });
  for (const loc of p.locations) {
    chips.append(el(doc, 'li', { className: 'chip', attrs: { 'data-kind': loc.kind } }, [
      el(doc, 'span', { className: 'chip-kind', text: loc.kind }),
      ...(loc.values.length > 0 ? [' ', el(doc, 'span', { className: 'chip-values', text: loc.values.join(', ') })] : []),
    ]));
  }
  return el(doc, 'tr', {}, [
    el(doc, 'th', { className: 'pn', text: p.pn, attrs: { scope: 'row' } }),
    el(doc, 'td', { className: `claimed ${p.claimed === true ? 'yes' : 'no'}`, text: claimed }),
    el(doc, 'td', {}, p.locations.length > 0 ? [chips] : [el(doc, 'span', { className: 'muted', text: '—' })]),
    el(doc, 'td', { className: 'seq-ids', text: p.sequenceIdNumbers.join(', ') || '—' }),
  ]);
}

