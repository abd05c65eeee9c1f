// The one error type the client throws. Callers branch on `category` (what kind of failure) and
// `retryable`, show `userMessage` (what to do next), and log `message` (what happened, for us).
// None of the text here may ever carry a credential: callers pass only redacted strings in.
import { englishText, userText } from './userText';
import type { UserText } from './userText';

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
  /** What to do next; a plain string is shown as it is, in every language. */
  readonly userMessage?: string | UserText;
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

const USER_MESSAGES: Record<PatsnapErrorCategory, UserText> = {
  auth: userText('PatSnap rejected the credentials. Check the API key, or the client ID and secret (Synapse Lens: Set Credentials…).'),
  permission: userText('Your PatSnap account is not allowed to use this API. Contact PatSnap support to enable it.'),
  quota: userText('Your PatSnap call quota is used up. Wait for it to reset or ask PatSnap to raise it.'),
  rate: userText('PatSnap is limiting how fast requests may be sent. Wait a moment and try again, or lower the requests-per-second setting.'),
  busy: userText('PatSnap is busy right now. Try again in a little while.'),
  server: userText('PatSnap could not complete the request. Try again later; if it keeps failing, contact PatSnap support.'),
  invalid: userText('The request is not valid. Check the search fields and try again.'),
  'not-found': userText('This PatSnap API was not found. Check the base URL setting.'),
  network: userText('Could not reach PatSnap. Check the network connection, proxy setting and base URL.'),
  timeout: userText('PatSnap did not answer in time. Try again, or raise the request timeout setting.'),
  'bad-response': userText('PatSnap sent an answer Synapse Lens does not understand. Try again later; if it persists, report it.'),
  cancelled: userText('The request was cancelled.'),
};

export class PatsnapError extends Error {
  override readonly name = 'PatsnapError';
  readonly category: PatsnapErrorCategory;
  readonly code: number | undefined;
  readonly serverMessage: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  /** What the user should do next, in English (logs, Copilot tools, the MCP server). */
  readonly userMessage: string;
  /** The same as a template the VS Code layer shows in the display language (src/platform/apiText.ts). */
  readonly userText: UserText;
  readonly path: string | undefined;
  readonly field: string | undefined;

  constructor(init: PatsnapErrorInit) {
    super(init.message);
    this.category = init.category;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.httpStatus = init.httpStatus;
    this.retryable = init.retryable ?? RETRYABLE_BY_DEFAULT.has(init.category);
    const text = init.userMessage ?? USER_MESSAGES[init.category];
    // A plain string is its own template: no argument, and no bundle holds it, so it shows as it is.
    this.userText = typeof text === 'string' ? { template: text, args: [] } : text;
    this.userMessage = englishText(this.userText);
    this.path = init.path;
    this.field = init.field;
  }
}

export function isPatsnapError(value: unknown): value is PatsnapError {
  return value instanceof PatsnapError;
}

export function defaultUserMessage(category: PatsnapErrorCategory): string {
  return englishText(USER_MESSAGES[category]);
}

/** An auth failure worded for the credentials the user entered: an API key user has no client ID. */
export function authUserMessage(kind: 'apiKey' | 'client' | undefined): UserText {
  if (kind === 'apiKey') return userText('PatSnap rejected the API key. Check it, or enter a new one (Synapse Lens: Set Credentials…).');
  if (kind === 'client') return userText('PatSnap rejected the client ID and secret. Check them (Synapse Lens: Set Credentials…).');
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
    userMessage: userText('The request is not valid: {0}', message),
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
