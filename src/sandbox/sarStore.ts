// Per-server state of SAR tasks: how often each task has been polled (tasks that progress move
// PENDING → PROCESSING → final over successive detail calls) and the tasks created by extract.
import { hex32 } from './ids';
import { createPrng } from './prng';
import { fixedTasks, renderFile } from './data/sarTasks';
import type { FileStatus, SarFileSpec, SarTaskSpec, TaskStatus } from './data/sarTasks';

export interface SarDetail {
  readonly files: Record<string, unknown>[];
  readonly status: TaskStatus;
}

export interface ExtractInput {
  readonly fileName: string;
  /** Identifies the document (a hash of the PDF, or the patent number): the same document
   *  always yields the same results. */
  readonly documentKey: string;
  readonly valueSource: 'Patent' | 'Literature';
}

/** Detail polls a progressing task answers before it is final: one PENDING, one PROCESSING. */
const stages: readonly FileStatus[] = ['PENDING', 'PROCESSING'];

export class SarTaskStore {
  private readonly polls = new Map<string, number>();
  private readonly created = new Map<string, SarTaskSpec>();
  private createdCount = 0;

  constructor(private readonly seed: number) {}

  create(input: ExtractInput): string {
    this.createdCount++;
    const taskId = hex32('sar-extract', `${this.seed}:${this.createdCount}:${input.documentKey}`);
    const file: SarFileSpec = {
      fileId: hex32('sar-file', `${taskId}:0`),
      fileName: input.fileName,
      outcome: 'SUCCESS',
      keyStyle: 'snake',
      items: {
        seed: `document:${input.documentKey}`,
        count: createPrng(`extract-count:${input.documentKey}`).int(12, 60),
        keyStyle: 'snake',
        stringValueRate: 0.1,
        valueSource: input.valueSource,
      },
    };
    this.created.set(taskId, { taskId, progresses: true, files: [file] });
    return taskId;
  }

  /** The task as the detail endpoint shows it on this poll (each call counts as one poll). */
  detail(taskId: string): SarDetail {
    const task = fixedTasks().get(taskId) ?? this.created.get(taskId);
    if (!task) return { files: [], status: 'NOT_FOUND' };
    const poll = (this.polls.get(taskId) ?? 0) + 1;
    this.polls.set(taskId, poll);
    const stage = task.progresses ? stages[poll - 1] : undefined;
    if (stage) return { files: task.files.map((f) => renderFile(f, stage)), status: stage };
    const files = task.files.map((f) => renderFile(f, f.outcome));
    // A task whose every file failed has failed; one with some results has succeeded, and its
    // failed files say so themselves.
    const status: TaskStatus = task.files.every((f) => f.outcome === 'FAILED') ? 'FAILED' : 'SUCCESS';
    return { files, status };
  }
}
