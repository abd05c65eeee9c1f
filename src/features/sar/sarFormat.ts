import { isKnownSarStatus, sarTaskDetailRequestSchema } from '../../api';
import type { SarFile, SarStatus } from '../../api';
import { schemaProblem } from '../shared/validation';

/** Task ids are opaque tokens; anything with spaces or punctuation is a typo. */
export const SAR_TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function sarTaskIdProblem(input: string): string | undefined {
  const value = input.trim();
  if (value.length === 0) return 'Enter the id of a SAR extraction task.';
  if (!SAR_TASK_ID_PATTERN.test(value)) return 'A task id is letters, digits, "-" and "_" only.';
  return schemaProblem(sarTaskDetailRequestSchema, { taskId: value }, 'taskId');
}

// Long enough for any state name a service would use; a longer one is not a state.
const MAX_SHOWN_STATUS = 40;

/** A task state as shown: the page's own word, or, for a state the page does not list, that it is
 *  unknown and polling goes on (the poller keeps asking until a final state). */
export function taskStatusText(status: SarStatus): string {
  if (isKnownSarStatus(status)) return status;
  const shown = status.length > MAX_SHOWN_STATUS ? `${status.slice(0, MAX_SHOWN_STATUS - 1)}…` : status;
  return `Unknown status (${shown}) — still checking`;
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

/** "SUCCESS · 12 items" for a file row. */
export function fileDescription(file: SarFile): string {
  const count = file.total ?? (file.items.length > 0 ? file.items.length : undefined);
  return count === undefined ? file.status : `${file.status} · ${count} ${count === 1 ? 'item' : 'items'}`;
}
