// The path every business call takes: validate → credentials → cache → (token → pace → send →
// envelope → parse), repeating the bracketed part for a token refresh or a transient failure.
import type { Dispatcher } from 'undici';
import { raceAbort } from './auth';
import type { TokenManager } from './auth';
import { cacheKey } from './cache';
import type { LruTtlCache } from './cache';
import { sameCredentials, sensitiveValues } from './credentials';
import type { Credentials, CredentialsSource } from './credentials';
import type { CallDeadline, CancelSignal, Deadlines } from './deadline';
import type { Answer, Endpoint } from './endpoint';
import { unwrapEnvelope } from './envelope';
import { TOKEN_REFRESH_CODES } from './errorCodes';
import { PatsnapError, cancelledError } from './errors';
import { userText } from './userText';
import { sendHttp } from './http';
import type { PatsnapLogger, Redactor } from './logger';
import type { CallOptions } from './paging';
import type { RateLimiter } from './rateLimit';
import { FILLED_IN_ANSWER_TTL_MS } from './schemas/limits';
import { abortableSleep, backoffDelay, shouldRetry } from './retry';
import type { BackoffPolicy, SleepFunction } from './retry';

export interface ClientStats {
  /** Business requests sent (each attempt counts). */
  httpRequests: number;
  tokenRequests: number;
  cacheHits: number;
  cacheMisses: number;
  retries: number;
  tokenRefreshes: number;
}

export interface CallerDeps {
  readonly baseUrl: string;
  /** The base URL's origin: where the credentials go. */
  readonly origin: string;
  /** A configuration problem found at construction, reported on every call instead of throwing then. */
  readonly configError: PatsnapError | undefined;
  readonly credentials: CredentialsSource;
  readonly confirmDestination: ((origin: string) => void | Promise<void>) | undefined;
  readonly dispatcher: Dispatcher;
  readonly tokens: TokenManager;
  readonly limiter: RateLimiter;
  readonly cache: LruTtlCache<unknown>;
  readonly redactor: Redactor;
  readonly log: Required<PatsnapLogger>;
  readonly now: () => number;
  readonly sleep: SleepFunction;
  readonly backoff: BackoffPolicy;
  /** Each call's deadline: the request timeout, retries, backoff and pacing included. */
  readonly deadlines: Deadlines;
  readonly stats: ClientStats;
}

export class Caller {
  /** The credentials of the previous call, to notice an account switch. */
  private lastCredentials: Credentials | undefined;

  constructor(private readonly deps: CallerDeps) {}

  async call<Req, Res>(endpoint: Endpoint<Req, Res>, request: Req, options: CallOptions = {}): Promise<Res> {
    const { signal } = options;
    if (this.deps.configError) throw this.deps.configError;
    if (signal?.aborted) throw cancelledError(endpoint.path);
    // Validation first: a bad request never costs a credential read, a token or a request.
    const prepared = endpoint.prepare(request);
    const credentials = await this.loadCredentials(signal);
    // Asked before the cache, so a host the user declined answers with the same refusal whether or
    // not an earlier, approved call left its result cached; and before the deadline starts, because
    // a person takes as long as they take to answer.
    const confirming = this.deps.confirmDestination?.(this.deps.origin);
    if (confirming) await raceAbort(confirming, signal);
    const deadline = this.deps.deadlines.start(signal);
    try {
      return await this.callWithin(endpoint, prepared, credentials, options, deadline);
    } catch (error) {
      throw error instanceof PatsnapError ? deadline.explain(error, endpoint.path) : error;
    } finally {
      deadline.end();
    }
  }

  private async callWithin<Res>(
    endpoint: Endpoint<unknown, Res>,
    prepared: ReturnType<Endpoint<unknown, Res>['prepare']>,
    credentials: Credentials,
    options: CallOptions,
    deadline: CallDeadline,
  ): Promise<Res> {
    const key = prepared.cacheBody !== undefined && this.deps.cache.enabled ? cacheKey(this.deps.baseUrl, endpoint.path, prepared.cacheBody) : undefined;
    if (key !== undefined && !options.bypassCache) {
      const hit = this.deps.cache.get(key);
      if (hit !== undefined) {
        this.deps.stats.cacheHits++;
        this.deps.log.debug(`POST ${endpoint.path} served from cache`);
        // Every caller shares the cached object. The result types are readonly all the way
        // down, so the compiler stops a caller from changing what the next one gets; freezing
        // at run time as well cost ~100 ns an object (a tenth of a call's overhead over a bare
        // request, bench/clientOverhead.bench.ts) to guard against what no caller here can write.
        return hit as Res;
      }
      this.deps.stats.cacheMisses++;
    }
    const answer = await this.send(endpoint, prepared, credentials, deadline);
    if (key !== undefined) this.deps.cache.set(key, answer.value, answer.fillIns > 0 ? FILLED_IN_ANSWER_TTL_MS : undefined);
    return answer.value;
  }

  private async send<Res>(
    endpoint: Endpoint<unknown, Res>,
    prepared: ReturnType<Endpoint<unknown, Res>['prepare']>,
    credentials: Credentials,
    deadline: CallDeadline,
  ): Promise<Answer<Res>> {
    const { deps } = this;
    const path = endpoint.path;
    let retries = 0;
    let refreshed = false;
    let malformedRetried = false;
    for (;;) {
      const started = deps.now();
      let usedToken: string | undefined;
      let sentAt: number | undefined;
      let answered = false;
      try {
        // Both are plain values in the common case; awaiting only a real wait spares two turns of
        // the event loop per call (bench/clientOverhead.bench.ts).
        const pendingAuth = deps.tokens.authorization(credentials, deadline);
        const auth = pendingAuth instanceof Promise ? await pendingAuth : pendingAuth;
        usedToken = auth.token;
        const turn = deps.limiter.acquire(deadline);
        if (turn !== undefined) await turn;
        deps.stats.httpRequests++;
        sentAt = deps.now();
        const res = await sendHttp(
          deps.dispatcher,
          {
            url: this.url(path, credentials, prepared.query),
            path,
            // Two literals rather than a spread: copying an object by spread on every call was the
            // single costliest line of the call path in a CPU profile of bench/clientOverhead.bench.ts.
            headers:
              prepared.contentType === undefined
                ? { accept: 'application/json', authorization: auth.header }
                : { 'content-type': prepared.contentType, accept: 'application/json', authorization: auth.header },
            body: prepared.body,
            signal: deadline,
          },
          deps.redactor,
        );
        answered = true;
        const result = endpoint.parse(unwrapEnvelope(res, path, deps.redactor, credentials.kind), prepared);
        deps.log.info(`POST ${path} ${res.status} ok in ${deps.now() - started} ms${attemptNote(retries, refreshed)}`);
        return result;
      } catch (raw) {
        const error = deadline.explain(toPatsnapError(raw, path, deps.redactor), path);
        const summary = `POST ${path} failed in ${deps.now() - started} ms: ${describe(error)}`;
        if (error.category === 'cancelled') {
          deps.log.info(`${summary}${attemptNote(retries, refreshed)}`);
          throw error;
        }
        if (deadline.expired) {
          deps.log.error(`${summary}${attemptNote(retries, refreshed)}`);
          throw error;
        }
        // Too fast for the account's QPS: other windows may share it, so this client slows down.
        if (error.category === 'rate' && sentAt !== undefined) deps.limiter.slowDown(sentAt);
        if (!refreshed && credentials.kind === 'client' && usedToken !== undefined && isTokenRejection(error, path)) {
          // The token may have expired or been revoked early: fetch a fresh one, once.
          refreshed = true;
          deps.stats.tokenRefreshes++;
          deps.tokens.invalidate(usedToken);
          deps.log.warn(`${summary}; refreshing the token and trying once more`);
          continue;
        }
        // A garbled or misshapen answer to a read may be a one-off (a proxy, a deploy): one more try.
        const malformed = answered && error.category === 'bad-response' && endpoint.idempotent && !malformedRetried;
        if (retries < deps.backoff.maxRetries && (shouldRetry(error, endpoint.idempotent) || malformed)) {
          const delay = backoffDelay(retries, deps.backoff);
          if (delay >= deadline.remainingMs()) {
            deps.log.error(`${summary}${attemptNote(retries, refreshed)}; no time left for a retry`);
            throw error;
          }
          if (malformed) malformedRetried = true;
          retries++;
          deps.stats.retries++;
          deps.log.warn(`${summary}; retry ${retries}/${deps.backoff.maxRetries} in ${delay} ms`);
          await abortableSleep(deps.sleep, delay, deadline);
          continue;
        }
        deps.log.error(`${summary}${attemptNote(retries, refreshed)}`);
        throw error;
      }
    }
  }

  private url(path: string, credentials: Credentials, extra: Readonly<Record<string, string>> | undefined): string {
    // Most calls have no query at all; building a URLSearchParams for nothing is measurable.
    if (extra === undefined && credentials.kind === 'apiKey') return `${this.deps.baseUrl}${path}`;
    const query = new URLSearchParams(extra);
    // docs/api-contract.md, Authentication: token calls carry the client id as `apikey` too (hence 67200008 / 67200009).
    if (credentials.kind === 'client') query.set('apikey', credentials.clientId);
    const qs = query.toString();
    return `${this.deps.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  private async loadCredentials(signal: CancelSignal | undefined): Promise<Credentials> {
    let credentials: Credentials | undefined;
    try {
      credentials = await raceAbort(this.deps.credentials(), signal);
    } catch (error) {
      if (error instanceof PatsnapError) throw error;
      throw new PatsnapError({ category: 'auth', message: 'Could not read the PatSnap credentials', retryable: false });
    }
    if (!credentials || !usable(credentials)) {
      throw new PatsnapError({
        category: 'auth',
        message: credentials ? 'PatSnap credentials are incomplete' : 'No PatSnap credentials configured',
        userMessage: userText('Set a PatSnap API key (sk-…) or a client ID and secret (Synapse Lens: Set Credentials…).'),
        retryable: false,
      });
    }
    const previous = this.lastCredentials;
    // The source builds a new object on every read; handing on the one already seen lets the
    // token manager recognise it without hashing the secret again.
    if (previous !== undefined && sameCredentials(previous, credentials)) return previous;
    this.deps.redactor.add(...sensitiveValues(credentials));
    if (previous !== undefined) {
      // Another account may see different data; start clean.
      this.deps.cache.clear();
      this.deps.tokens.clear();
    }
    this.lastCredentials = credentials;
    return credentials;
  }
}

function usable(credentials: Credentials): boolean {
  return credentials.kind === 'apiKey'
    ? credentials.apiKey.trim() !== ''
    : credentials.kind === 'client' && credentials.clientId.trim() !== '' && credentials.clientSecret.trim() !== '';
}

function isTokenRejection(error: PatsnapError, businessPath: string): boolean {
  // Only a business call's rejection means "this token"; the token endpoint's own 67200003
  // means the id and secret are wrong, and a refresh would just repeat it.
  if (error.path !== businessPath) return false;
  return (error.code !== undefined && TOKEN_REFRESH_CODES.has(error.code)) || error.httpStatus === 401;
}

function toPatsnapError(raw: unknown, path: string, redactor: Redactor): PatsnapError {
  if (raw instanceof PatsnapError) return raw;
  const text = redactor.redact(raw instanceof Error ? raw.message : String(raw));
  return new PatsnapError({ category: 'bad-response', message: `Unexpected failure on ${path}: ${text}`, path, retryable: false });
}

function describe(error: PatsnapError): string {
  const parts: string[] = [error.category];
  if (error.code !== undefined) parts.push(`code ${error.code}`);
  if (error.httpStatus !== undefined) parts.push(`HTTP ${error.httpStatus}`);
  return `${parts.join(' ')} — ${error.message}`;
}

function attemptNote(retries: number, refreshed: boolean): string {
  const notes: string[] = [];
  if (retries > 0) notes.push(`after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);
  if (refreshed) notes.push('after a token refresh');
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}
