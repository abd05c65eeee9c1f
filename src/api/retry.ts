// Backoff for transient failures: exponential with full jitter (a uniformly random wait between
// zero and the exponential cap), so many clients that failed together do not retry together.
import type { CancelSignal } from './deadline';
import { cancelledError } from './errors';
import type { PatsnapError } from './errors';

/** Waits `ms`. Injected so tests can advance a fake clock instead of waiting. */
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface BackoffPolicy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
}

export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_RETRY_BASE_DELAY_MS = 500;
export const DEFAULT_RETRY_MAX_DELAY_MS = 8_000;

/** The wait before retry number `retry` (0 for the first retry). */
export function backoffDelay(retry: number, policy: BackoffPolicy): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const r = Math.min(Math.max(policy.random(), 0), 1);
  return Math.floor(r * cap);
}

/**
 * Whether a failed attempt may be repeated. Never for auth, permission, quota or invalid input:
 * repeating those only burns quota. A non-idempotent call (creating a SAR task) is repeated only
 * after a QPS rejection, which the server answers before doing any work.
 */
export function shouldRetry(error: PatsnapError, idempotent: boolean): boolean {
  if (!error.retryable) return false;
  return idempotent || error.category === 'rate';
}

export const realSleep: SleepFunction = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Runs an injected sleep but gives up as soon as `signal` aborts, so a fake or slow sleep that
 * ignores the signal cannot hold a cancelled call. The sleep gets an AbortSignal of its own that
 * follows `signal` (a call's deadline is not one).
 */
export function abortableSleep(sleep: SleepFunction, ms: number, signal: CancelSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelledError());
  if (ms <= 0) return Promise.resolve();
  if (!signal) return sleep(ms);
  const forSleep = new AbortController();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      forSleep.abort();
      reject(cancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    sleep(ms, forSleep.signal).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(cancelledError());
        else resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? cancelledError() : error);
      },
    );
  });
}
