import * as vscode from 'vscode';
import { isKnownSarStatus, sarTaskDetailRequestSchema } from '../../api';
import type { SarFile, SarStatus } from '../../api';
import { shortId } from '../../names/entity';
import { schemaProblem } from '../shared/validation';

/** Task ids are opaque tokens; anything with spaces or punctuation is a typo. */
export const SAR_TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function sarTaskIdProblem(input: string): string | undefined {
  const value = input.trim();
  if (value.length === 0) return vscode.l10n.t('Enter the id of a SAR extraction task.');
  if (!SAR_TASK_ID_PATTERN.test(value)) return vscode.l10n.t('A task id is letters, digits, "-" and "_" only.');
  return schemaProblem(sarTaskDetailRequestSchema, { taskId: value }, 'taskId');
}

// Long enough for any state name a service would use; a longer one is not a state.
const MAX_SHOWN_STATUS = 40;

/** The words of the states the API page lists (the code itself shows only in tooltips), in the display language. */
function statusWord(status: SarStatus): string {
  switch (status) {
    case 'PENDING': return vscode.l10n.t('Pending');
    case 'PROCESSING': return vscode.l10n.t('Processing');
    case 'SUCCESS': return vscode.l10n.t('Done');
    case 'FAILED': return vscode.l10n.t('Failed');
    case 'NOT_FOUND': return vscode.l10n.t('Not found');
    default: return status;
  }
}

/** A task or file state as shown: a word, or, for a state the page does not list, that it is
 *  unknown and polling goes on (the poller keeps asking until a final state). */
export function taskStatusText(status: SarStatus): string {
  if (isKnownSarStatus(status)) return statusWord(status);
  return vscode.l10n.t('Unknown status — still checking');
}

/** The raw code for a tooltip ("PROCESSING"), cut to a length a state name has. */
export function statusCode(status: string): string {
  return status.length > MAX_SHOWN_STATUS ? `${status.slice(0, MAX_SHOWN_STATUS - 1)}…` : status;
}

/** Codicon per status; `undefined` while the first answer has not come. */
export function statusIcon(status: SarStatus | undefined): string {
  switch (status) {
    case 'PENDING':
      return 'clock';
    case 'PROCESSING':
      return 'sync~spin';
    case 'SUCCESS':
      return 'check';
    case 'FAILED':
      return 'error';
    case 'NOT_FOUND':
      return 'question';
    case undefined:
      return 'loading~spin';
    default:
      return 'circle-outline';
  }
}

/** The results a file has (its total, else the rows it came with), if it says. */
export function fileResults(file: SarFile): number | undefined {
  return file.total ?? (file.items.length > 0 ? file.items.length : undefined);
}

/** "1 result", "12 results". */
function resultCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 result') : vscode.l10n.t('{0} results', count);
}

/** "Done · 12 results" for a file row. */
export function fileDescription(file: SarFile): string {
  const count = fileResults(file);
  const status = taskStatusText(file.status);
  return count === undefined ? status : `${status} · ${resultCount(count)}`;
}

/** The base of a task's label: where it came from (a file name, a patent number), its name in the dictionary, its one file's name, else its short ID. */
export function sarTaskName(entry: { readonly id: string; readonly label?: string }, files: readonly SarFile[], nameOf: (id: string) => string | undefined): string {
  const only = files.length === 1 ? files[0]?.name : undefined;
  return entry.label || nameOf(entry.id) || only || vscode.l10n.t('SAR task {0}', shortId(entry.id));
}

/** "osimertinib-sar.pdf · 3 files · 128 results": the name, then the counts once files are known. */
export function sarTaskLabel(entry: { readonly id: string; readonly label?: string }, files: readonly SarFile[], nameOf: (id: string) => string | undefined): string {
  const parts = [sarTaskName(entry, files, nameOf)];
  if (files.length > 0) parts.push(files.length === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', files.length));
  const counts = files.map(fileResults).filter((n): n is number => n !== undefined);
  if (counts.length > 0) {
    const total = counts.reduce((a, b) => a + b, 0);
    parts.push(resultCount(total));
  }
  return parts.join(' · ');
}
