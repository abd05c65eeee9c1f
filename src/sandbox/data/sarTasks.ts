// The SAR extraction tasks the sandbox knows from the start: one per state a client must handle,
// plus a large multi-file task that mixes the two key spellings the page shows (its example is
// snake_case, its schema camelCase; `value` is a string in the schema and a number in the example).
import { hex32 } from '../ids';
import { lazy } from '../lazy';
import { sarItems } from './sarItems';
import type { KeyStyle, SarItemOptions } from './sarItems';

export type FileStatus = 'PENDING' | 'PROCESSING' | 'SUCCESS' | 'FAILED';
export type TaskStatus = FileStatus | 'NOT_FOUND';

export interface SarFileSpec {
  readonly fileId: string;
  readonly fileName: string;
  /** What the file ends as once the task has finished. */
  readonly outcome: 'SUCCESS' | 'FAILED';
  readonly keyStyle: KeyStyle;
  readonly items: SarItemOptions | undefined;
}

export interface SarTaskSpec {
  readonly taskId: string;
  readonly files: readonly SarFileSpec[];
  /** True for tasks that pass through PENDING and PROCESSING over successive detail polls. */
  readonly progresses: boolean;
}

export const fixedTaskNames = ['progressing', 'success', 'failed', 'multiFile'] as const;
export type FixedTaskName = (typeof fixedTaskNames)[number];

export function taskIdFor(name: string): string {
  return hex32('sar-task', name);
}

export function fileSpec(
  taskId: string, index: number, fileName: string, outcome: 'SUCCESS' | 'FAILED',
  items?: Omit<SarItemOptions, 'seed'>,
): SarFileSpec {
  const fileId = hex32('sar-file', `${taskId}:${index}`);
  return {
    fileId,
    fileName,
    outcome,
    keyStyle: items?.keyStyle ?? 'snake',
    items: items ? { ...items, seed: fileId } : undefined,
  };
}

const snake = (count: number, valueSource: 'Patent' | 'Literature', stringValueRate = 0) =>
  ({ count, keyStyle: 'snake', stringValueRate, valueSource }) as const;

export const fixedTasks = lazy((): ReadonlyMap<string, SarTaskSpec> => {
  const specs: Record<FixedTaskName, (id: string) => SarTaskSpec> = {
    progressing: (id) => ({
      taskId: id, progresses: true,
      files: [fileSpec(id, 0, 'WO2021081212A1.pdf', 'SUCCESS', snake(40, 'Patent'))],
    }),
    success: (id) => ({
      taskId: id, progresses: false,
      files: [fileSpec(id, 0, 'j-med-chem-sar-tables.pdf', 'SUCCESS', snake(24, 'Literature'))],
    }),
    failed: (id) => ({
      taskId: id, progresses: false,
      files: [fileSpec(id, 0, 'scanned-lab-notes.pdf', 'FAILED')],
    }),
    multiFile: (id) => ({
      taskId: id, progresses: false,
      files: [
        fileSpec(id, 0, 'CN112047962A.pdf', 'SUCCESS', snake(120, 'Patent', 0.15)),
        // The schema's spelling: camelCase keys and values as strings.
        fileSpec(id, 1, 'US20210147401A1.pdf', 'SUCCESS', { count: 110, keyStyle: 'camel', stringValueRate: 1, valueSource: 'Patent' }),
        fileSpec(id, 2, 'EP3816162A1.pdf', 'SUCCESS', snake(95, 'Patent', 0.15)),
        fileSpec(id, 3, 'supplementary-information-scan.pdf', 'FAILED'),
      ],
    }),
  };
  return new Map(fixedTaskNames.map((name) => {
    const id = taskIdFor(name);
    return [id, specs[name](id)];
  }));
});

/** Items are built on first request and kept, keyed by the file's own ID. Bounded, because
 *  every extract call creates a file and a benchmark may make thousands. */
const itemCache = new Map<string, readonly Record<string, unknown>[]>();
const itemCacheLimit = 256;

export function itemsOf(file: SarFileSpec): readonly Record<string, unknown>[] {
  const hit = itemCache.get(file.fileId);
  if (hit) return hit;
  const items = file.items ? sarItems(file.items) : [];
  if (itemCache.size >= itemCacheLimit) {
    const oldest = itemCache.keys().next();
    if (!oldest.done) itemCache.delete(oldest.value);
  }
  itemCache.set(file.fileId, items);
  return items;
}

/** The file as the detail page shows it in a given state; items and total only once SUCCESS. */
export function renderFile(file: SarFileSpec, status: FileStatus): Record<string, unknown> {
  const camel = file.keyStyle === 'camel';
  const out: Record<string, unknown> = {};
  if (status === 'SUCCESS') {
    const items = itemsOf(file);
    out.items = items;
    out.total = items.length;
  }
  out.status = status;
  out[camel ? 'fileId' : 'file_id'] = file.fileId;
  out[camel ? 'fileName' : 'file_name'] = file.fileName;
  return out;
}
