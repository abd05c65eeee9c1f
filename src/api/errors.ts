// The one error type the client throws. Callers branch on `category` (what kind of failure) and
// `retryable`, show `userMessage` (what to do next), and log `message` (what happened, for us).
// None of the text here may ever carry a credential: callers pass only redacted strings in.

/** What kind of failure this was; the UI picks its next step from this. */
export type PatsnapErrorCategory =
  | 'auth' // credentials missing, wrong, or expired
  | 'permission' // credentials fine, but this API is not enabled for the account
  | 'quota' // platform total / daily / balance limits
  | 'rate' // QPS exceeded; transient
  | 'busy' // server says "busy, try later"; transient
  | 'server' // server-side failure that is not known to be transient
  | 'invalid' // the request itself is wrong (caught locally or by the server)
  | 'not-found' // unknown API path (67200101, HTTP 404)
  | 'network' // connection refused / reset / DNS
  | 'timeout' // no complete answer within the per-request timeout
  | 'bad-response' // answer did not have the documented shape
  | 'cancelled'; // the caller aborted

export interface PatsnapErrorInit {
  readonly category: PatsnapErrorCategory;
  /** Developer-facing text; already redacted. */
  readonly message: string;
  readonly userMessage?: string;
  /** The PatSnap `error_code`, when the server sent one. */
  readonly code?: number;
  /** The server's `error_msg`, or the page's text for `code` when the server sent none. */
  readonly serverMessage?: string;
  readonly httpStatus?: number;
  readonly retryable?: boolean;
  /** API path without query string (never carries the apikey). */
  readonly path?: string;
  /** For 'invalid' errors caught locally: the first offending field, e.g. `limit` or `sort[0].sortOrder`. */
  readonly field?: string;
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<PatsnapErrorCategory> = new Set(['rate', 'busy', 'network', 'timeout']);

const USER_MESSAGES: Record<PatsnapErrorCategory, string> = {
  auth: 'PatSnap rejected the credentials. Check the API key, or the client ID and secret (Synapse Lens: Set Credentials…).',
  permission: 'Your PatSnap account is not allowed to use this API. Contact PatSnap support to enable it.',
  quota: 'Your PatSnap call quota is used up. Wait for it to reset or ask PatSnap to raise it.',
  rate: 'PatSnap is limiting how fast requests may be sent. Wait a moment and try again, or lower the requests-per-second setting.',
  busy: 'PatSnap is busy right now. Try again in a little while.',
  server: 'PatSnap could not complete the request. Try again later; if it keeps failing, contact PatSnap support.',
  invalid: 'The request is not valid. Check the search fields and try again.',
  'not-found': 'This PatSnap API was not found. Check the base URL setting.',
  network: 'Could not reach PatSnap. Check the network connection, proxy setting and base URL.',
  timeout: 'PatSnap did not answer in time. Try again, or raise the request timeout setting.',
  'bad-response': 'PatSnap sent an answer Synapse Lens does not understand. Try again later; if it persists, report it.',
  cancelled: 'The request was cancelled.',
};

export class PatsnapError extends Error {
  override readonly name = 'PatsnapError';
  readonly category: PatsnapErrorCategory;
  readonly code: number | undefined;
  readonly serverMessage: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly path: string | undefined;
  readonly field: string | undefined;

  constructor(init: PatsnapErrorInit) {
    super(init.message);
    this.category = init.category;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.httpStatus = init.httpStatus;
    this.retryable = init.retryable ?? RETRYABLE_BY_DEFAULT.has(init.category);
    this.userMessage = init.userMessage ?? USER_MESSAGES[init.category];
    this.path = init.path;
    this.field = init.field;
  }
}

export function isPatsnapError(value: unknown): value is PatsnapError {
  return value instanceof PatsnapError;
}

export function defaultUserMessage(category: PatsnapErrorCategory): string {
  return USER_MESSAGES[category];
}

/** An auth failure worded for the credentials the user entered: an API key user has no client ID. */
export function authUserMessage(kind: 'apiKey' | 'client' | undefined): string {
  if (kind === 'apiKey') return 'PatSnap rejected the API key. Check it, or enter a new one (Synapse Lens: Set Credentials…).';
  if (kind === 'client') return 'PatSnap rejected the client ID and secret. Check them (Synapse Lens: Set Credentials…).';
  return USER_MESSAGES.auth;
}

export function cancelledError(path?: string): PatsnapError {
  return new PatsnapError({ category: 'cancelled', message: `Request cancelled${path ? ` (${path})` : ''}`, path });
}

export function invalidRequestError(message: string, field: string | undefined, path?: string): PatsnapError {
  return new PatsnapError({
    category: 'invalid',
    message,
    field,
    path,
    retryable: false,
    userMessage: `The request is not valid: ${message}`,
  });
}

export function badResponseError(detail: string, path?: string, httpStatus?: number): PatsnapError {
  return new PatsnapError({
    category: 'bad-response',
    message: `Unexpected response${path ? ` from ${path}` : ''}: ${detail}`,
    path,
    httpStatus,
  });
}
