import { isPatsnapError, isSarTaskSettled } from '../../api';
import type { SarTaskDetail } from '../../api';

/** setTimeout/clearTimeout, injected so tests can run polling on fake time. */
export interface PollTimer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimer: PollTimer = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** The extraction takes minutes: ask often at first, then settle at twice a minute. */
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 2_000, maxMs: 30_000 };

export interface PollHandlers {
  fetch(signal: AbortSignal): Promise<SarTaskDetail>;
  onDetail(detail: SarTaskDetail): void;
  /** A failed poll; `pollingGoesOn` tells whether the poller will ask again by itself. */
  onError(err: unknown, pollingGoesOn: boolean): void;
}

/**
 * Whether a failed poll is worth repeating without the user: a transient failure (network, busy,
 * QPS, timeout) or an answer we could not read, which the next one may fix. Credentials,
 * permission, quota and invalid-request failures only repeat themselves.
 */
export function pollingSurvives(err: unknown): boolean {
  return isPatsnapError(err) && (err.retryable || err.category === 'bad-response');
}

/**
 * Polls one SAR task until it is terminal (isSarTaskSettled: an unknown state keeps polling),
 * waiting 2 s, 4 s, 8 s … up to 30 s between calls, after an answer or a failure that
 * pollingSurvives alike. Stops on dispose, aborting a call in flight so nothing fires afterwards.
 */
export class SarTaskPoller {
  private handle: unknown;
  private delay: number;
  private controller: AbortController | undefined;
  private disposed = false;
  private _running = false;

  constructor(
    private readonly handlers: PollHandlers,
    private readonly timer: PollTimer = realTimer,
    private readonly backoff: BackoffOptions = DEFAULT_BACKOFF,
  ) {
    this.delay = backoff.initialMs;
  }

  get running(): boolean {
    return this._running;
  }

  /** Polls now, then on the backoff schedule; restarting resets the delay. */
  start(): void {
    if (this.disposed) return;
    this.cancelPending();
    this.delay = this.backoff.initialMs;
    this._running = true;
    void this.tick();
  }

  private async tick(): Promise<void> {
    this.handle = undefined;
    const controller = new AbortController();
    this.controller = controller;
    let goOn: boolean;
    try {
      const detail = await this.handlers.fetch(controller.signal);
      if (controller.signal.aborted) return;
      this.handlers.onDetail(detail);
      goOn = !isSarTaskSettled(detail);
    } catch (err) {
      if (controller.signal.aborted) return;
      goOn = pollingSurvives(err);
      this.handlers.onError(err, goOn);
    }
    if (!goOn || this.disposed) {
      this._running = false;
      return;
    }
    const wait = this.delay;
    this.delay = Math.min(this.delay * 2, this.backoff.maxMs);
    this.handle = this.timer.setTimeout(() => void this.tick(), wait);
  }

  private cancelPending(): void {
    if (this.handle !== undefined) this.timer.clearTimeout(this.handle);
    this.handle = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this._running = false;
    this.cancelPending();
  }
}
