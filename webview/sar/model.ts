// The SAR panel's pure logic: saved state, which rows a scroll position shows, keyboard moves, the
// drawing ink for the theme and the words for each task and file status. DOM-free, tested directly.
import * as l10n from '@vscode/l10n';
import type { SarFileView, SarSnapshot } from '../../src/protocol/sar';
import type { SarQuery, SarRow } from '../../src/protocol/sarQuery';
import { nonMolarUnits, restoreSarQuery } from '../../src/protocol/sarQuery';

/** Every row has this height (px): the drawing (80 px) plus padding. media/sar.css matches it. */
export const ROW_HEIGHT = 88;
/** Rows rendered above and below the visible ones, so a short scroll shows no gap. */
export const BUFFER_ROWS = 4;
/** Used when the page has no layout yet (first render, unit tests): a typical panel height. */
export const FALLBACK_VIEWPORT = 720;

/** Saved with setState: the init (so the serializer can restore the panel) and where the user was. */
export interface SarState {
  readonly taskId: string;
  readonly label: string;
  readonly query: SarQuery;
  readonly scrollTop: number;
}

export function restoreState(raw: unknown): { query: SarQuery; scrollTop: number } {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as { query?: unknown; scrollTop?: unknown };
  const scrollTop = typeof s.scrollTop === 'number' && Number.isFinite(s.scrollTop) && s.scrollTop > 0 ? s.scrollTop : 0;
  return { query: restoreSarQuery(s.query), scrollTop };
}

/** Rows [first, end) to have in the DOM for this scroll position. */
export function visibleWindow(scrollTop: number, viewportHeight: number, count: number): { first: number; end: number } {
  const height = viewportHeight > 0 ? viewportHeight : FALLBACK_VIEWPORT;
  const top = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - BUFFER_ROWS);
  const end = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + BUFFER_ROWS);
  return { first: Math.min(top, end), end };
}

/** The row a navigation key moves to, or undefined for keys that do not move. */
export function moveFocus(key: string, current: number, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  const clamp = (n: number) => Math.max(0, Math.min(count - 1, n));
  switch (key) {
    case 'ArrowDown': return clamp(current + 1);
    case 'ArrowUp': return clamp(current - 1);
    case 'PageDown': return clamp(current + Math.max(1, pageRows));
    case 'PageUp': return clamp(current - Math.max(1, pageRows));
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return undefined;
  }
}

/** Shared with the paper panel's heading drawing (webview/common/drawing.ts). */
export { inkFor } from '../common/drawing';

export type Tone = 'busy' | 'ok' | 'error' | 'info';

export interface StatusLine {
  readonly tone: Tone;
  readonly text: string;
  /** Offer "Check again" (polling has stopped and asking again may help). */
  readonly canRetry: boolean;
}

/** What the task's state means for the user, and what to do about it. */
export function taskStatus(snapshot: SarSnapshot | undefined, taskId: string): StatusLine {
  if (snapshot?.problem !== undefined) {
    return snapshot.polling
      ? { tone: 'error', text: l10n.t('Could not read the task: {0} Trying again shortly…', snapshot.problem), canRetry: false }
      : { tone: 'error', text: l10n.t('Could not read the task: {0}', snapshot.problem), canRetry: true };
  }
  const status = snapshot?.status;
  const rows = snapshot?.rows.length ?? 0;
  const files = snapshot?.files ?? [];
  const failed = files.filter((f) => f.status === 'FAILED').length;
  switch (status) {
    case undefined: return { tone: 'busy', text: l10n.t('Checking the task…'), canRetry: false };
    case 'PENDING': return { tone: 'busy', text: l10n.t('Queued: the extraction has not started yet. This panel updates by itself.'), canRetry: false };
    case 'PROCESSING': return { tone: 'busy', text: l10n.t('Extracting: results appear here when the task finishes. This panel updates by itself.'), canRetry: false };
    case 'SUCCESS': {
      const read = files.length - failed;
      const finished = l10n.t('Finished: {0} from {1}.', results(rows), read === 1 ? l10n.t('1 file') : l10n.t('{0} files', read));
      const failedNote = failed > 0 ? ` ${l10n.t('{0} of {1} files could not be read (see below).', failed, files.length)}` : '';
      return { tone: 'ok', text: `${finished}${failedNote}`, canRetry: false };
    }
    case 'FAILED':
      return {
        tone: 'error',
        text: l10n.t('The extraction failed: no file could be read. Check that the PDF has selectable text (not a scan) or that the patent number is right, then run "Extract SAR from File…" again.'),
        canRetry: true,
      };
    case 'NOT_FOUND':
      return {
        tone: 'error',
        text: l10n.t('No SAR task with id {0}. Check the id (a task is found only with the account that created it), or start one with "Extract SAR from File…".', taskId),
        canRetry: true,
      };
    // A state the API page does not list: said in words; its code is the line's tooltip (page.ts).
    default: return { tone: 'info', text: l10n.t('Unknown task status: still checking.'), canRetry: true };
  }
}

/** "1 result", "12 results". */
function results(count: number): string {
  return count === 1 ? l10n.t('1 result') : l10n.t('{0} results', count);
}

/** One file's line: its state and, when it failed, what that means. */
export function fileStatus(file: SarFileView): { tone: Tone; text: string } {
  switch (file.status) {
    case 'SUCCESS': return { tone: 'ok', text: results(file.items) };
    case 'FAILED': return { tone: 'error', text: l10n.t('Failed: could not be read, so it has no results') };
    case 'PENDING': return { tone: 'busy', text: l10n.t('Queued') };
    case 'PROCESSING': return { tone: 'busy', text: l10n.t('Extracting…') };
    default: return { tone: 'info', text: l10n.t('Unknown status') };
  }
}

/**
 * Said under the filters while the table is sorted by value and some shown values are not molar
 * concentrations: those cannot join the molar scale, so the user should know why they sit last.
 */
export function unitsNote(rows: readonly SarRow[], query: SarQuery): string {
  if (query.sort?.column !== 'value') return '';
  const units = nonMolarUnits(rows).map((u) => u || l10n.t('no unit'));
  return units.length === 0 ? '' : l10n.t('Values in other units ({0}) are listed after the molar ones, grouped by unit.', units.join(', '));
}
