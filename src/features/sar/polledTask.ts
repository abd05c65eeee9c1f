import type * as vscode from 'vscode';
import { isPatsnapError } from '../../api';
import type { PagingState, PatsnapClient, SarFile, SarTaskDetail } from '../../api';
import { showApiError } from '../../platform/errorNotifications';
import type { ResultSource } from '../shared/savedSearchTree';
import { SarTaskPoller } from './poller';
import type { BackoffOptions, PollTimer } from './poller';

/** What a polled task needs from the window: a client for each poll and the log. */
export interface PollingContext {
  readonly client: () => Promise<PatsnapClient>;
  readonly log: vscode.LogOutputChannel;
  readonly timer: PollTimer;
  readonly backoff: BackoffOptions;
}

/**
 * A saved SAR task as the tree engine's result source: its files are the results, and the poller,
 * not "Load more", brings them. Polling starts when the source is made (the view first shows the
 * task, or it was added or refreshed) and goes on until the task is terminal (poller.ts).
 */
export class PolledTask implements ResultSource<SarFile> {
  detail: SarTaskDetail | undefined;
  /** The last polling failure, while polling goes on (retryable) or after it stopped. */
  error: string | undefined;
  readonly poller: SarTaskPoller;
  readonly started = true;
  readonly hasMore = false;
  readonly total = undefined;
  private answered!: Promise<void>;
  private markAnswered!: () => void;

  constructor(
    readonly taskId: string,
    private readonly context: PollingContext,
    private readonly changed: () => void,
  ) {
    this.nextAnswer();
    this.poller = new SarTaskPoller(
      {
        fetch: async (signal) => (await context.client()).getSarTaskDetail({ taskId }, { signal }),
        onDetail: (detail) => {
          this.detail = detail;
          this.error = undefined;
          this.answer();
        },
        onError: (err, pollingGoesOn) => this.pollFailed(err, pollingGoesOn),
      },
      context.timer,
      context.backoff,
    );
    this.poller.start();
  }

  get items(): readonly SarFile[] {
    return this.detail?.files ?? [];
  }

  get state(): PagingState {
    return this.poller.running ? 'loading' : 'complete';
  }

  /** Settles after the next answer (or failure): lets commands return the state they caused. */
  loadMore(): Promise<void> {
    return this.answered;
  }

  private nextAnswer(): void {
    this.answered = new Promise((resolve) => (this.markAnswered = resolve));
  }

  private answer(): void {
    this.markAnswered();
    this.nextAnswer();
    this.changed();
  }

  /** Failures polling survives are logged and shown in the tree; others are notified, and polling stops. */
  private pollFailed(err: unknown, pollingGoesOn: boolean): void {
    this.error = isPatsnapError(err) ? err.userMessage : String(err);
    if (pollingGoesOn) this.context.log.warn(`SAR task ${this.taskId}: ${this.error}; polling again later`);
    else showApiError(err, this.context.log, {});
    this.answer();
  }

  dispose(): void {
    this.poller.dispose();
  }
}
