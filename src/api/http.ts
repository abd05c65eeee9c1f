// The only place that touches the network: one undici request, bounded by the call's signal (its
// deadline or the caller's cancellation) and by a size cap, turned into either the raw answer or a
// PatsnapError.
import { Agent, ProxyAgent, request } from 'undici';
import type { Dispatcher, FormData } from 'undici';
import { PatsnapError, badResponseError, cancelledError } from './errors';
import type { CallDeadline } from './deadline';
import type { Redactor } from './logger';

export const DEFAULT_TIMEOUT_MS = 10_000; // the pages' "Max Response Time"

/**
 * The largest answer body read. The biggest page a request can ask for is 1,000 drugs (about
 * 300 bytes each in the pages' example, ~0.3 MB); the SAR task detail is not paged, and at about
 * 3.7 KB a result with its mol block 16 MiB still holds some 4,500 results. Anything larger is
 * not an answer to these requests, and reading it on would only fill the extension host's memory.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

// Sockets idle this long are closed; long enough to span a user paging through results.
const KEEP_ALIVE_MS = 30_000;

export interface HttpRequest {
  readonly url: string;
  /** Path without query string, for messages. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | FormData;
  /** The call's deadline (and cancellation): the only bound on how long this takes. */
  readonly signal: CallDeadline;
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

/**
 * Sends one POST and reads the whole body, until `signal` aborts, which undici answers by closing
 * the socket. A per-attempt header or body timeout would not do: undici's body timeout is the idle
 * time between chunks, so a body dripped a byte at a time would outlive it for ever.
 */
export async function sendHttp(dispatcher: Dispatcher, req: HttpRequest, redactor: Redactor): Promise<HttpResponse> {
  if (req.signal.aborted) throw cancelledError(req.path);
  try {
    const res = await request(req.url, { dispatcher, method: 'POST', headers: req.headers, body: req.body, signal: req.signal });
    // Always drain (or destroy) the body: an unread body holds the keep-alive socket.
    const text = await readCapped(res, req.path);
    return { status: res.statusCode, text };
  } catch (error) {
    if (req.signal.aborted) throw cancelledError(req.path);
    if (error instanceof PatsnapError) throw error;
    const code = errorCode(error);
    const detail = redactor.redact(error instanceof Error ? error.message : String(error));
    throw new PatsnapError({
      category: 'network',
      message: `Network error on ${req.path}: ${code ? `${code} ` : ''}${detail}`,
      path: req.path,
      retryable: !(code && PERMANENT_NETWORK_CODES.has(code)),
    });
  }
}

/**
 * The body as text, refusing more than MAX_RESPONSE_BYTES. A declared length decides before a
 * byte is read (and the parser reads no more than it declares); only a body without one, sent in
 * chunks, is counted as it arrives.
 */
async function readCapped(res: Dispatcher.ResponseData, path: string): Promise<string> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared)) {
    if (declared > MAX_RESPONSE_BYTES) throw tooLarge(res, path);
    return res.body.text();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) throw tooLarge(res, path);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function tooLarge(res: Dispatcher.ResponseData, path: string): PatsnapError {
  res.body.destroy();
  return badResponseError(`body larger than ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB`, path, res.statusCode);
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
