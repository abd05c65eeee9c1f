// The SAR table's columns: header label and how a row's cell is built. Every API string goes in
// as text; the drawing is an <img> whose src is a data: URL of SVG text (never markup in the page).
import * as l10n from '@vscode/l10n';
import type { SarDrawing } from '../../src/protocol/sar';
import type { SarColumnId, SarRow } from '../../src/protocol/sarQuery';
import { el } from '../common/dom';
import { drawingElement } from '../common/drawing';

/** A drawing known, being fetched, or not asked for yet. */
export type DrawingState = SarDrawing | 'pending' | undefined;

export interface SarColumn {
  readonly id: SarColumnId;
  /** The header, in the language the init brought (so asked for at each use, not at load). */
  readonly label: () => string;
  readonly numeric?: boolean;
  readonly cell: (doc: Document, row: SarRow, drawing: DrawingState) => Node;
}

const text = (doc: Document, value: string, className = 'cell-text'): HTMLElement =>
  el(doc, 'span', { className, text: value, attrs: value ? { title: value } : {} });

/** The structure cell's content: the drawing, or a word saying why there is none. */
export function structureContent(doc: Document, row: SarRow, drawing: DrawingState): Node {
  if (row.smiles === '') return el(doc, 'span', { className: 'muted', text: l10n.t('No structure') });
  return drawingElement(doc, drawing, {
    imgClass: 'drawing', width: 120, height: 80, alt: l10n.t('Structure {0}', row.compound || row.code || row.smiles), title: row.smiles,
  });
}

export const SAR_COLUMNS: readonly SarColumn[] = [
  { id: 'structure', label: () => l10n.t('Structure'), cell: (doc, row, drawing) => el(doc, 'div', { className: 'structure' }, [structureContent(doc, row, drawing)]) },
  {
    id: 'compound', label: () => l10n.t('Compound'),
    cell: (doc, row) => el(doc, 'div', { className: 'stack' }, [text(doc, row.compound || row.code, 'cell-text strong'), ...(row.code && row.compound ? [text(doc, row.code, 'cell-text muted')] : [])]),
  },
  { id: 'indicator', label: () => l10n.t('Indicator'), cell: (doc, row) => text(doc, row.indicator) },
  { id: 'value', label: () => l10n.t('Value'), numeric: true, cell: (doc, row) => text(doc, row.value, 'cell-text num') },
  { id: 'unit', label: () => l10n.t('Unit'), cell: (doc, row) => text(doc, row.unit) },
  { id: 'targets', label: () => l10n.t('Targets'), cell: (doc, row) => text(doc, row.targets.join(', ')) },
  { id: 'proteinSubtype', label: () => l10n.t('Protein subtype'), cell: (doc, row) => text(doc, row.proteinSubtype) },
  { id: 'method', label: () => l10n.t('Method'), cell: (doc, row) => text(doc, row.method) },
  { id: 'subject', label: () => l10n.t('Subject'), cell: (doc, row) => text(doc, row.subject) },
  { id: 'purpose', label: () => l10n.t('Purpose'), cell: (doc, row) => text(doc, row.purpose) },
  { id: 'dosing', label: () => l10n.t('Dosing regimen'), cell: (doc, row) => text(doc, row.dosing) },
  {
    id: 'page', label: () => l10n.t('Source'), numeric: true,
    cell: (doc, row) => el(doc, 'div', { className: 'stack' }, [text(doc, row.page === null ? '' : l10n.t('p. {0}', row.page)), text(doc, row.fileName, 'cell-text muted')]),
  },
];
