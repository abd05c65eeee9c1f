// The only place that touches the network: one undici request with a per-attempt timeout and
// caller cancellation, turned into either the raw answer or a PatsnapError.
import { Agent, ProxyAgent, request } from 'undici';
import type { Dispatcher, FormData } from 'undici';
import { PatsnapError, cancelledError } from './errors';
import type { Redactor } from './logger';

export const DEFAULT_TIMEOUT_MS = 10_000; // the pages' "Max Response Time"

// Sockets idle this long are closed; long enough to span a user paging through results.
const KEEP_ALIVE_MS = 30_000;

export interface HttpRequest {
  readonly url: string;
  /** Path without query string, for messages. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | FormData;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  readonly text: string;
}

export interface DispatcherChoice {
  readonly dispatcher: Dispatcher;
  /** True when we created it, so `close()` should close it. */
  readonly owned: boolean;
  /** True when requests go through a proxy. */
  readonly viaProxy: boolean;
}

export interface DispatcherOptions {
  readonly baseUrl: string;
  readonly dispatcher?: Dispatcher;
  readonly proxyUrl?: string;
  /** Environment to read proxy variables from; defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * An injected dispatcher wins (tests, the host's own proxy stack); then an explicit proxy URL; then
 * HTTPS_PROXY / HTTP_PROXY for the base URL's scheme unless NO_PROXY exempts its host; else one
 * keep-alive Agent.
 */
export function createDispatcher(options: DispatcherOptions): DispatcherChoice {
  if (options.dispatcher) return { dispatcher: options.dispatcher, owned: false, viaProxy: false };
  const proxy = options.proxyUrl?.trim() || proxyFromEnv(options.baseUrl, options.env ?? process.env);
  if (proxy) {
    return { dispatcher: new ProxyAgent({ uri: proxy, keepAliveTimeout: KEEP_ALIVE_MS }), owned: true, viaProxy: true };
  }
  return { dispatcher: new Agent({ keepAliveTimeout: KEEP_ALIVE_MS }), owned: true, viaProxy: false };
}

export function proxyFromEnv(baseUrl: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const proxy = url.protocol === 'https:' ? env.HTTPS_PROXY ?? env.https_proxy : env.HTTP_PROXY ?? env.http_proxy;
  if (!proxy?.trim()) return undefined;
  return exemptByNoProxy(url.hostname, env.NO_PROXY ?? env.no_proxy) ? undefined : proxy.trim();
}

function exemptByNoProxy(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return noProxy
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true;
      const bare = entry.replace(/^\*?\./, '');
      return name === bare || name.endsWith(`.${bare}`);
    });
}

// Connection errors that will not go away by themselves within a few seconds.
const PERMANENT_NETWORK_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_INVALID_ARG', 'ERR_INVALID_URL', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);

// undici's own timeout errors: no response head in time, or the body stalled.
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Sends one POST and reads the whole body, bounded by `timeoutMs` and the caller's signal. The
 * bound uses undici's own header and body timeouts rather than an AbortController and a timer per
 * attempt: the same guarantee (no answer, or a stalled body, for `timeoutMs` ends the attempt) for
 * a fraction of the cost on every call. The caller's signal goes straight to undici, which closes
 * the socket when it fires.
 */
export async function sendHttp(dispatcher: Dispatcher, req: HttpRequest, redactor: Redactor): Promise<HttpResponse> {
  if (req.signal?.aborted) throw cancelledError(req.path);
  try {
    const res = await request(req.url, {
      dispatcher,
      method: 'POST',
      headers: req.headers,
      body: req.body,
      signal: req.signal,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    });
    // Always drain the body: an unread body holds the keep-alive socket.
    const text = await res.body.text();
    return { status: res.statusCode, text };
  } catch (error) {
    if (req.signal?.aborted) throw cancelledError(req.path);
    const code = errorCode(error);
    if (code && TIMEOUT_CODES.has(code)) {
      throw new PatsnapError({ category: 'timeout', message: `No answer within ${req.timeoutMs} ms on ${req.path}`, path: req.path });
    }
    const detail = redactor.redact(error instanceof Error ? error.message : String(error));
    throw new PatsnapError({
      category: 'network',
      message: `Network error on ${req.path}: ${code ? `${code} ` : ''}${detail}`,
      path: req.path,
      retryable: !(code && PERMANENT_NETWORK_CODES.has(code)),
    });
  }
}

function errorCode(error: unknown): string | undefined {
  // undici wraps socket errors (UND_ERR_SOCKET); the OS code (ECONNRESET…) sits on a cause.
  let first: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code.startsWith('E')) return code;
      first ??= code;
    }
    current = current.cause;
  }
  return first;
}
