// Assembles the client from its parts. Construction does no I/O and never throws, so the VS Code
// layer can simply build a new client whenever a setting changes.
import type { Dispatcher } from 'undici';
import { CALLS } from './calls';
import type { AnswerObserver, CallName, Calls, ObservedAnswer } from './calls';
import type { Endpoint } from './endpoint';
import type { CallOptions } from './paging';
import { TokenManager } from './auth';
import { DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_CACHE_TTL_MS, LruTtlCache } from './cache';
import { Caller } from './caller';
import type { ClientStats } from './caller';
import type { CredentialsSource } from './credentials';
import { Deadlines } from './deadline';
import { PatsnapError } from './errors';
import { englishText } from './userText';
import type { UserText } from './userText';
import { PATSNAP_ORIGIN, checkBaseUrl, checkProxyUrl } from './serviceUrl';
import { DEFAULT_TIMEOUT_MS, createDispatcher } from './http';
import { Redactor, redactingLogger, silentLogger } from './logger';
import type { PatsnapLogger } from './logger';
import { DEFAULT_REQUESTS_PER_SECOND, RateLimiter } from './rateLimit';
import { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_MS, DEFAULT_RETRY_MAX_DELAY_MS, realSleep } from './retry';
import type { SleepFunction } from './retry';

export const DEFAULT_BASE_URL = PATSNAP_ORIGIN;

export interface PatsnapClientOptions {
  /** e.g. DEFAULT_BASE_URL or a local sandbox URL. A trailing slash is ignored. */
  readonly baseUrl: string;
  /** Read on every call, so a changed secret applies without rebuilding the client. */
  readonly credentials: CredentialsSource;
  /**
   * Asked on every call, once credentials were read and before anything is sent, with the origin
   * they are about to go to (the token exchange included). Throw a PatsnapError to stop the call;
   * returning nothing lets it go on without waiting a turn.
   */
  readonly confirmDestination?: (origin: string) => void | Promise<void>;
  /** An undici dispatcher to use instead of the client's own keep-alive Agent (tests: MockAgent). */
  readonly dispatcher?: Dispatcher;
  /** Explicit proxy; otherwise HTTPS_PROXY / HTTP_PROXY (and NO_PROXY) from `env` apply. */
  readonly proxyUrl?: string;
  /** Environment for the proxy variables; defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The deadline of a whole call: every attempt, the backoff between retries, the wait for a
   * rate-limit slot and a token exchange end when it passes. Default 10 000 (the pages' maximum
   * response time).
   */
  readonly timeoutMs?: number;
  /** Client-side pacing ceiling; default 5. QPS rejections lower it for a while. 0 turns it off. */
  readonly requestsPerSecond?: number;
  /** Default 5 minutes; 0 turns the cache off. */
  readonly cacheTtlMs?: number;
  /** Default 200. */
  readonly cacheMaxEntries?: number;
  /** Retries after the first attempt for transient failures; default 3. */
  readonly maxRetries?: number;
  /** Backoff cap for the first retry (doubling each time); default 500. */
  readonly retryBaseDelayMs?: number;
  /** Upper bound of any backoff wait; default 8000. */
  readonly retryMaxDelayMs?: number;
  readonly logger?: PatsnapLogger;
  /** Hears every successful answer with its request (the extension's dictionary learns names from them). */
  readonly onAnswer?: AnswerObserver;
  /** Clock for token expiry, cache TTL, pacing and durations; default Date.now. */
  readonly now?: () => number;
  /** Used for backoff and pacing waits; default a setTimeout sleep. */
  readonly sleep?: SleepFunction;
  /** Jitter source in [0, 1); default Math.random. */
  readonly random?: () => number;
}

/** The business calls of src/api/calls.ts, plus what the window needs to manage the client. */
export interface PatsnapClient extends Calls {
  readonly baseUrl: string;
  /** A snapshot of counters, for diagnostics. */
  stats(): ClientStats;
  /** Closes the client's own dispatcher once in-flight requests finish (not an injected one). */
  close(): Promise<void>;
  /** `close()` without waiting, for disposable lists. */
  dispose(): void;
}

export function createPatsnapClient(options: PatsnapClientOptions): PatsnapClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const redactor = new Redactor();
  const log = redactingLogger(options.logger ?? silentLogger, redactor);
  const { baseUrl, origin, proxyUrl, configError } = checkDestination(options.baseUrl, options.proxyUrl);
  const { dispatcher, owned } = createDispatcher({ baseUrl, dispatcher: options.dispatcher, proxyUrl, env: options.env });
  const deadlines = new Deadlines(positive(options.timeoutMs, DEFAULT_TIMEOUT_MS), now);
  const limiter = new RateLimiter({ requestsPerSecond: options.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND, now, sleep });
  const cache = new LruTtlCache<unknown>(
    nonNegative(options.cacheTtlMs, DEFAULT_CACHE_TTL_MS),
    nonNegative(options.cacheMaxEntries, DEFAULT_CACHE_MAX_ENTRIES),
    now,
  );
  const tokens = new TokenManager({
    baseUrl,
    dispatcher,
    now,
    deadlines,
    redactor,
    limiter,
    log: (line, ok) => (ok ? log.info(line) : log.error(line)),
  });
  const stats: ClientStats = { httpRequests: 0, tokenRequests: 0, cacheHits: 0, cacheMisses: 0, retries: 0, tokenRefreshes: 0 };
  const caller = new Caller({
    baseUrl,
    origin,
    configError,
    credentials: options.credentials,
    confirmDestination: options.confirmDestination,
    dispatcher,
    tokens,
    limiter,
    cache,
    redactor,
    log,
    now,
    sleep,
    deadlines,
    stats,
    backoff: {
      maxRetries: nonNegative(options.maxRetries, DEFAULT_MAX_RETRIES),
      baseDelayMs: nonNegative(options.retryBaseDelayMs, DEFAULT_RETRY_BASE_DELAY_MS),
      maxDelayMs: nonNegative(options.retryMaxDelayMs, DEFAULT_RETRY_MAX_DELAY_MS),
      random: options.random ?? Math.random,
    },
  });

  const onAnswer = options.onAnswer;
  /** Hands each answer to the observer; without one the call's promise is returned untouched. */
  const observe = <Res>(call: Promise<Res>, record: (answer: Res) => ObservedAnswer): Promise<Res> => {
    if (onAnswer === undefined) return call;
    return call.then((answer) => {
      try {
        onAnswer(record(answer));
      } catch (err) {
        log.warn(`An answer observer failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      return answer;
    });
  };

  let closing: Promise<void> | undefined;
  const client: PatsnapClient = {
    baseUrl,
    ...callsOf((name, endpoint, request, callOptions) =>
      observe(caller.call(endpoint, request, callOptions), (answer) => ({ endpoint: name, request, answer }) as ObservedAnswer)),
    stats: () => ({ ...stats, tokenRequests: tokens.requests }),
    // Idempotent: the host may dispose a client that a test or a settings change already closed.
    close: () => (closing ??= owned ? dispatcher.close() : Promise.resolve()),
    dispose: () => {
      client.close().catch(() => undefined);
    },
  };
  return client;
}

/**
 * One method per entry of CALLS, each running `call` with its own endpoint. The table pairs every
 * name with its endpoint and the Calls type says so; TypeScript cannot follow that pairing through
 * a loop, hence the one cast.
 */
function callsOf(call: (name: CallName, endpoint: Endpoint<unknown, unknown>, request: unknown, options?: CallOptions) => Promise<unknown>): Calls {
  const calls: Partial<Record<CallName, unknown>> = {};
  for (const name of Object.keys(CALLS) as CallName[]) {
    const endpoint = CALLS[name] as Endpoint<unknown, unknown>;
    calls[name] = (request: unknown, options?: CallOptions) => call(name, endpoint, request, options);
  }
  return calls as Calls;
}

interface Destination {
  readonly baseUrl: string;
  readonly origin: string;
  readonly proxyUrl: string | undefined;
  readonly configError: PatsnapError | undefined;
}

/**
 * The base URL and proxy the client may use, or the error every call reports instead: a refused URL
 * never reaches the dispatcher, so nothing is sent to it (and an unparsable proxy cannot throw here).
 */
function checkDestination(rawBaseUrl: string, rawProxyUrl: string | undefined): Destination {
  const base = checkBaseUrl(rawBaseUrl);
  if (!base.ok) return refusedDestination('baseUrl', base.problemText);
  // The VS Code layer falls back to http.proxy when synapseLens.proxy is empty; name both.
  const proxy = rawProxyUrl?.trim() ? checkProxyUrl(rawProxyUrl, 'synapseLens.proxy (or http.proxy)') : undefined;
  if (proxy && !proxy.ok) return refusedDestination('proxy', proxy.problemText);
  return { baseUrl: base.url, origin: base.origin, proxyUrl: proxy?.url, configError: undefined };
}

function refusedDestination(field: 'baseUrl' | 'proxy', problem: UserText): Destination {
  const configError = new PatsnapError({ category: 'invalid', message: `${field}: ${englishText(problem)}`, field, retryable: false, userMessage: problem });
  // The dispatcher choice still needs a valid base URL; no call is sent with it.
  return { baseUrl: DEFAULT_BASE_URL, origin: PATSNAP_ORIGIN, proxyUrl: undefined, configError };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}
