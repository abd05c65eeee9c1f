// The deadline of one whole call. The request timeout bounds everything a call does after it
// starts — every attempt, the wait for a rate-limit slot, the backoff between retries and a token
// exchange — so a view is never held longer than the setting promises, however many retries fit.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { PatsnapError } from './errors';
import { userText } from './userText';

/** What the call path needs of an abort signal; an AbortSignal is one, and so is a CallDeadline. */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Starts the deadlines of one client and fires them. They all last `timeoutMs`, so they fall due
 * in the order they started, and one timer, armed for the oldest running one, serves them all; it
 * is not cleared when calls end early, only re-armed when it fires. A timer per call, set and then
 * cleared, cost ~3 % of a whole local request in the client-overhead bench.
 */
export class Deadlines {
  /** Running deadlines, oldest first; ended ones are dropped when they reach the front. */
  private readonly running: CallDeadline[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly timeoutMs: number,
    /** The client's clock, for remainingMs (fake in tests); the timer runs on real time. */
    readonly now: () => number,
  ) {}

  /** A deadline from now; it also ends early, as cancelled, when `callerSignal` aborts. */
  start(callerSignal?: CancelSignal): CallDeadline {
    const deadline = new CallDeadline(this, performance.now() + this.timeoutMs, callerSignal);
    this.running.push(deadline);
    if (this.timer === undefined) this.arm(deadline.firesAt);
    return deadline;
  }

  /** Drops ended deadlines from the front, so a run of short calls keeps the list short. */
  ended(): void {
    while (this.running[0]?.aborted === true || this.running[0]?.finished === true) this.running.shift();
  }

  private arm(at: number): void {
    this.timer = setTimeout(this.fire, Math.max(0, at - performance.now()));
    // A pending deadline never keeps a process alive: the call it bounds does, if anything.
    this.timer.unref?.();
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    const at = performance.now();
    for (let head = this.running[0]; head !== undefined && head.firesAt <= at; head = this.running[0]) {
      this.running.shift();
      head.expireNow();
    }
    this.ended();
    const next = this.running[0];
    if (next !== undefined) this.arm(next.firesAt);
  };
}

/**
 * Fires 'abort' once, when the caller cancels or the time is up. An EventEmitter rather than an
 * AbortSignal: undici takes either as a request's signal, and an AbortSignal per call handed to
 * undici cost ~2 % of a whole local request in the client-overhead bench, an emitter well under 1 %.
 */
export class CallDeadline extends EventEmitter implements CancelSignal {
  private state: 'running' | 'finished' | 'cancelled' | 'expired' = 'running';
  private readonly endsAt: number;

  /** Use Deadlines.start. */
  constructor(
    private readonly owner: Deadlines,
    /** When the shared timer fires it, on performance.now()'s clock. */
    readonly firesAt: number,
    private readonly callerSignal: CancelSignal | undefined,
  ) {
    super();
    this.endsAt = owner.now() + owner.timeoutMs;
    if (callerSignal?.aborted) this.abort('cancelled');
    else callerSignal?.addEventListener('abort', this.cancel, { once: true });
  }

  get timeoutMs(): number {
    return this.owner.timeoutMs;
  }

  get aborted(): boolean {
    return this.state === 'cancelled' || this.state === 'expired';
  }

  get finished(): boolean {
    return this.state === 'finished';
  }

  /** True once the time is up (and not because the caller cancelled first). */
  get expired(): boolean {
    return this.state === 'expired';
  }

  /** Time left on the client's clock. */
  remainingMs(): number {
    return this.endsAt - this.owner.now();
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    this.once('abort', listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.removeListener('abort', listener);
  }

  /** Call when the call ends, however it ends: nothing fires afterwards. */
  end(): void {
    if (this.state === 'running') this.state = 'finished';
    this.callerSignal?.removeEventListener('abort', this.cancel);
    this.owner.ended();
  }

  /** A failure caused by the deadline's abort, reported as the timeout it is. */
  explain(error: PatsnapError, path?: string): PatsnapError {
    if (!this.expired || error.category !== 'cancelled') return error;
    return timeoutError(this.owner.timeoutMs, error.path ?? path);
  }

  /** For Deadlines: the time is up. */
  expireNow(): void {
    this.abort('expired');
  }

  private abort(state: 'cancelled' | 'expired'): void {
    if (this.state !== 'running') return;
    this.state = state;
    this.callerSignal?.removeEventListener('abort', this.cancel);
    this.emit('abort');
  }

  private readonly cancel = (): void => this.abort('cancelled');
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
    userMessage: userText('PatSnap did not answer within {0}. Try again, or raise the request timeout setting.', waited),
  });
}
