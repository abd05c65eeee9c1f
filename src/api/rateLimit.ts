// Client-side pacing. PatSnap enforces a per-account QPS (67200002). Starts are spaced evenly
// rather than let through in bursts: a token bucket of size N allows up to 2N calls inside one
// second at its boundary, which a server counting per second would reject. The setting is only a
// ceiling: the account's limit is shared by every window (every extension host) signed in to it,
// so each QPS rejection halves this client's rate and the rate climbs back slowly (AIMD, as TCP
// shares a link), until the windows together fit under the limit.
import type { CancelSignal } from './deadline';
import { cancelledError } from './errors';
import type { SleepFunction } from './retry';

export const DEFAULT_REQUESTS_PER_SECOND = 5;

// Requests leave evenly spaced but arrive with network jitter; a small margin keeps two arrivals
// from landing in the same server-side second when they left 1/rate apart.
const SPACING_MARGIN = 1.05;

/** A QPS rejection multiplies the current rate by this… */
const SLOW_DOWN_FACTOR = 0.5;
/** …but never below this share of the setting, so a client is never starved for good. */
const MIN_RATE_SHARE = 1 / 16;
/** After a halving from the setting, the rate is back at the setting this long later (linearly). */
export const RECOVERY_MS = 30_000;

export interface RateLimiterOptions {
  /** Sustained ceiling. 0 or a non-finite value turns pacing off. */
  readonly requestsPerSecond: number;
  readonly now: () => number;
  readonly sleep: SleepFunction;
}

interface Waiter {
  readonly resolve: () => void;
  readonly signal: CancelSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * One queue, served first-come first-served by a single pump. Each start is spaced from the
 * previous *actual* start, not from a precomputed slot: a timer that fires late (a busy event loop)
 * then delays the calls behind it instead of letting them bunch up into a burst the server rejects.
 */
export class RateLimiter {
  /** The setting: requests per second at most (0 when pacing is off). */
  private readonly ceiling: number;
  /** The rate set by the last slow-down, and when; the rate climbs back from there. */
  private reducedRate: number;
  private reducedAt = Number.NEGATIVE_INFINITY;
  private readonly queue: Waiter[] = [];
  private lastStart = Number.NEGATIVE_INFINITY;
  private pumping = false;

  constructor(private readonly options: RateLimiterOptions) {
    const rate = options.requestsPerSecond;
    this.ceiling = Number.isFinite(rate) && rate > 0 ? rate : 0;
    this.reducedRate = this.ceiling;
  }

  /** Requests per second allowed now: the setting, or less while recovering from a slow-down. */
  currentRate(): number {
    if (this.reducedRate >= this.ceiling) return this.ceiling;
    const climbPerMs = (this.ceiling * (1 - SLOW_DOWN_FACTOR)) / RECOVERY_MS;
    const rate = Math.min(this.ceiling, this.reducedRate + climbPerMs * (this.options.now() - this.reducedAt));
    if (rate >= this.ceiling) this.reducedRate = this.ceiling;
    return rate;
  }

  /** The spacing between starts in ms now (0 when pacing is off). */
  get spacingMs(): number {
    return this.ceiling === 0 ? 0 : (1000 / this.currentRate()) * SPACING_MARGIN;
  }

  /**
   * The server refused a request started at `sentAt` for exceeding the account's QPS: halve the
   * rate. Rejections of requests that left before the last slow-down are the same overload that
   * caused it, and do not halve it again.
   */
  slowDown(sentAt: number): void {
    if (this.ceiling === 0 || sentAt < this.reducedAt) return;
    this.reducedRate = Math.max(this.ceiling * MIN_RATE_SHARE, this.currentRate() * SLOW_DOWN_FACTOR);
    this.reducedAt = this.options.now();
  }

  /**
   * Resolves when the caller may start; an abort while queued rejects at once and frees the place.
   * Undefined when the caller may start now (pacing off, or nobody waiting and the spacing already
   * passed), so the common call does not wait a turn of the event loop for nothing.
   */
  acquire(signal?: CancelSignal): Promise<void> | undefined {
    if (signal?.aborted) return Promise.reject(cancelledError());
    if (this.ceiling === 0) return undefined;
    if (this.queue.length === 0 && !this.pumping) {
      const now = this.options.now();
      if (now >= this.lastStart + this.spacingMs) {
        this.lastStart = now;
        return undefined;
      }
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve: () => {
          signal?.removeEventListener('abort', waiter.onAbort);
          resolve();
        },
        signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(cancelledError());
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const due = this.lastStart + this.spacingMs;
        const wait = due - this.options.now();
        if (wait > 0) {
          try {
            await this.options.sleep(wait);
          } catch {
            // A failing sleep must not wedge the queue; the spacing below still holds.
          }
          // A slow-down during the sleep pushes the start further back.
          if (this.lastStart + this.spacingMs > due) continue;
        }
        const next = this.queue.shift();
        if (!next) break; // everyone waiting gave up during the sleep
        // The later of "now" and "due": late timers push later starts back, and an injected
        // sleep that does not move the clock still yields evenly spaced start times.
        this.lastStart = Math.max(this.options.now(), due);
        next.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
}
