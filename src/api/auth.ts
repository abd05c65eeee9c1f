// Client-credentials tokens (docs/api-contract.md, Authentication): one shared token per client, fetched once however many calls
// need it at the same moment, reused until shortly before it expires. A client ID and secret the
// token endpoint rejected are not sent again until they change: every later call fails at once
// with the same error, instead of one more token request per call.
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { credentialsFingerprint } from './credentials';
import type { ClientCredentials, Credentials } from './credentials';
import type { CancelSignal, Deadlines } from './deadline';
import { checkedEnvelope, parseJsonObject } from './envelope';
import { PatsnapError, badResponseError, cancelledError, isPatsnapError } from './errors';
import { sendHttp } from './http';
import type { Redactor } from './logger';
import type { RateLimiter } from './rateLimit';
import { hostileShape } from './schemas/answerChecks';
import { TOKEN_MAX_LENGTH, TOKEN_MAX_TTL_S } from './schemas/limits';

export const TOKEN_PATH = '/oauth/token';

// A token lives about 30 minutes (docs/api-contract.md, Authentication); used when the answer leaves out expires_in.
const DEFAULT_TOKEN_TTL_S = 1799;
const MAX_REFRESH_MARGIN_MS = 60_000;

const tokenAnswer = z.object({
  // It goes into every Authorization header: visible ASCII only (RFC 6750's b64token is a subset),
  // so no answer can smuggle a line break or a second header in.
  token: z.string().min(1).max(TOKEN_MAX_LENGTH).regex(/^[\x21-\x7e]+$/),
  // A lifetime that is not a positive finite number is a broken answer; a very long one is
  // honoured only up to TOKEN_MAX_TTL_S, so a wrong answer cannot pin a token for ever.
  expires_in: z
    .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)])
    .refine((s) => Number.isFinite(s) && s > 0)
    .transform((s) => Math.min(s, TOKEN_MAX_TTL_S))
    .optional(),
  // A string of ms on the server's clock. Expiry is computed on our clock instead, so a skewed
  // server clock cannot make us hold on to a dead token.
  issued_at: z.union([z.string(), z.number()]).optional(),
});

export interface TokenManagerOptions {
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly now: () => number;
  /** The exchange's own deadline, its wait for a rate-limit slot included; callers also stop waiting at theirs. */
  readonly deadlines: Deadlines;
  readonly redactor: Redactor;
  readonly limiter: RateLimiter;
  readonly log: (line: string, ok: boolean) => void;
}

interface CachedToken {
  readonly token: string;
  readonly refreshAt: number;
  readonly fingerprint: string;
}

export interface Authorization {
  /** The Authorization header's value. */
  readonly header: string;
  /** The token or API key it carries, to invalidate it if the server rejects it. */
  readonly token: string;
}

function bearer(token: string): Authorization {
  return { header: `Bearer ${token}`, token };
}

interface InFlight {
  readonly promise: Promise<string>;
  readonly fingerprint: string;
}

/** The token endpoint's answer to these credentials was an auth failure (wrong secret, disabled client). */
interface Rejected {
  readonly error: unknown;
  readonly fingerprint: string;
}

export class TokenManager {
  private cached: CachedToken | undefined;
  private inFlight: InFlight | undefined;
  private rejected: Rejected | undefined;
  /** Number of token requests sent so far (for diagnostics and tests). */
  requests = 0;

  constructor(private readonly options: TokenManagerOptions) {}

  /**
   * The header value for `credentials`, exchanging a client id and secret for a token if needed.
   * A plain value when nothing has to be fetched (an API key, a token still valid), so the common
   * call does not wait a turn of the event loop for what it already has.
   */
  authorization(credentials: Credentials, signal?: CancelSignal): Authorization | Promise<Authorization> {
    if (credentials.kind === 'apiKey') return { header: `Bearer ${credentials.apiKey}`, token: credentials.apiKey };
    const ready = this.validToken(credentials);
    if (ready !== undefined) return bearer(ready);
    return this.token(credentials, signal).then(bearer);
  }

  async token(credentials: ClientCredentials, signal?: CancelSignal): Promise<string> {
    const ready = this.validToken(credentials);
    if (ready !== undefined) return ready;
    const fingerprint = fingerprintOf(credentials);
    if (this.rejected?.fingerprint === fingerprint) throw this.rejected.error;
    if (!this.inFlight || this.inFlight.fingerprint !== fingerprint) {
      const promise = this.fetchToken(credentials, fingerprint).finally(() => {
        if (this.inFlight?.promise === promise) this.inFlight = undefined;
      });
      // The shared request outlives any one caller; keep an unobserved failure from crashing Node.
      promise.catch(() => undefined);
      this.inFlight = { promise, fingerprint };
    }
    return raceAbort(this.inFlight.promise, signal);
  }

  /** The cached token for these credentials if it is not yet due for refresh. */
  private validToken(credentials: ClientCredentials): string | undefined {
    const cached = this.cached;
    if (cached && cached.fingerprint === fingerprintOf(credentials) && this.options.now() < cached.refreshAt) return cached.token;
    return undefined;
  }

  /** Forgets `token` if it is still the cached one, so concurrent failures trigger one refresh. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  clear(): void {
    this.cached = undefined;
    this.inFlight = undefined;
    this.rejected = undefined;
  }

  private async fetchToken(credentials: ClientCredentials, fingerprint: string): Promise<string> {
    const { baseUrl, dispatcher, now, deadlines, redactor, limiter } = this.options;
    // Not tied to any caller's signal: other callers may be waiting on the same request.
    const deadline = deadlines.start();
    const sentAt = now();
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`, 'utf8').toString('base64');
    redactor.add(basic);
    try {
      await limiter.acquire(deadline);
      this.requests++;
      const res = await sendHttp(
        dispatcher,
        {
          url: `${baseUrl}${TOKEN_PATH}`,
          path: TOKEN_PATH,
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}`, accept: 'application/json' },
          body: 'grant_type=client_credentials',
          signal: deadline,
        },
        redactor,
      );
      const answer = readTokenAnswer(res.status, res.text, redactor);
      redactor.add(answer.token);
      const ttlMs = (answer.expires_in ?? DEFAULT_TOKEN_TTL_S) * 1000;
      const margin = Math.min(MAX_REFRESH_MARGIN_MS, ttlMs * 0.1);
      this.cached = { token: answer.token, refreshAt: sentAt + ttlMs - margin, fingerprint };
      this.rejected = undefined;
      this.options.log(`POST ${TOKEN_PATH} ${res.status} token ok in ${now() - sentAt} ms`, true);
      return answer.token;
    } catch (raw) {
      const error = raw instanceof PatsnapError ? deadline.explain(raw, TOKEN_PATH) : raw;
      const what = error instanceof Error ? error.message : String(error);
      this.options.log(`POST ${TOKEN_PATH} failed in ${now() - sentAt} ms: ${what}`, false);
      // Only a verdict on the credentials is remembered; a timeout or a busy server may pass.
      if (isPatsnapError(error) && error.category === 'auth') this.rejected = { error, fingerprint };
      throw error;
    } finally {
      deadline.end();
    }
  }
}

export function readTokenAnswer(status: number, text: string, redactor: Redactor): z.output<typeof tokenAnswer> {
  const body = parseJsonObject(text);
  const hostile = hostileShape(body);
  if (hostile !== undefined) throw badResponseError(hostile.replace(/^data/, 'body'), TOKEN_PATH, status);
  const candidate = body && typeof body.token === 'string' ? body : (body?.data as unknown);
  const parsed = tokenAnswer.safeParse(candidate);
  if (status >= 200 && status < 300 && parsed.success) return parsed.data;
  // Not a token: let the envelope rules name the failure (67200003, HTTP 401, …).
  checkedEnvelope({ status, text }, TOKEN_PATH, redactor, 'client');
  throw badResponseError('token answer has no "token"', TOKEN_PATH, status);
}

// The caller hands on the same credentials object while the account stays the same; a SHA-256 of
// the secret on every call was a visible share of the client id + secret bench
// (bench/clientOverhead.bench.ts). A WeakMap lets a replaced object go with its digest.
const fingerprints = new WeakMap<ClientCredentials, string>();

function fingerprintOf(credentials: ClientCredentials): string {
  let fingerprint = fingerprints.get(credentials);
  if (fingerprint === undefined) {
    fingerprint = credentialsFingerprint(credentials);
    fingerprints.set(credentials, fingerprint);
  }
  return fingerprint;
}

/** Resolves with `promise` unless `signal` aborts first; the shared work itself goes on. */
export function raceAbort<T>(promise: Promise<T>, signal: CancelSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
