// The deadline of one whole call. The request timeout bounds everything a call does after it
// starts — every attempt, the wait for a rate-limit slot, the backoff between retries and a token
// exchange — so a view is never held longer than the setting promises, however many retries fit.
import { PatsnapError } from './errors';

/**
 * One AbortSignal that fires when the caller cancels or the time is up. A plain controller and
 * timer rather than AbortSignal.timeout/any: the timer is cleared as soon as the call ends (a
 * timeout signal keeps its timer for the full time, one per call), and nothing stays attached to a
 * long-lived caller signal afterwards (AbortSignal.any in Node 20 keeps every combined signal
 * reachable from its sources).
 */
export class CallDeadline {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly endsAt: number;
  private timedOut = false;

  constructor(
    readonly timeoutMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly now: () => number,
  ) {
    this.endsAt = now() + timeoutMs;
    this.timer = setTimeout(this.expire, timeoutMs);
    if (callerSignal?.aborted) this.controller.abort();
    else callerSignal?.addEventListener('abort', this.cancel, { once: true });
  }

  /** Aborts when the caller cancels or the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Time left on the client's clock (the injected one in tests). */
  remainingMs(): number {
    return this.endsAt - this.now();
  }

  /** True once the time is up (and not because the caller cancelled first). */
  get expired(): boolean {
    return this.timedOut;
  }

  /** Frees the timer and the caller's listener; call when the call ends, however it ends. */
  end(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.cancel);
  }

  /** A failure caused by the deadline's abort, reported as the timeout it is. */
  explain(error: PatsnapError, path?: string): PatsnapError {
    if (!this.timedOut || error.category !== 'cancelled') return error;
    return timeoutError(this.timeoutMs, error.path ?? path);
  }

  private readonly expire = (): void => {
    this.callerSignal?.removeEventListener('abort', this.cancel);
    if (this.controller.signal.aborted) return;
    this.timedOut = true;
    this.controller.abort();
  };

  private readonly cancel = (): void => {
    clearTimeout(this.timer);
    this.controller.abort();
  };
}

/** "10 s", "2.5 s", "50 ms": how long the user waited. */
export function formatWait(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function timeoutError(timeoutMs: number, path: string | undefined): PatsnapError {
  const waited = formatWait(timeoutMs);
  return new PatsnapError({
    category: 'timeout',
    path,
    message: `No complete answer${path ? ` from ${path}` : ''} within ${waited}, retries included`,
    userMessage: `PatSnap did not answer within ${waited}. Try again, or raise the request timeout setting.`,
  });
}
