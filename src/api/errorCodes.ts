// Every error code the endpoint pages list, with the page's own text, the category we file it
// under, and what the user should do next. The pages list the same codes on every endpoint.
// The server's own error_msg is never shown to the user: it goes to the log (redacted) only, since
// a notification would render a link it carried. An unlisted code gets a fixed message naming it.
import type { Credentials } from './credentials';
import { authUserMessage, PatsnapError } from './errors';
import type { PatsnapErrorCategory } from './errors';
import { userText } from './userText';
import type { UserText } from './userText';

interface CodeInfo {
  readonly pageMessage: string;
  readonly category: PatsnapErrorCategory;
  readonly retryable: boolean;
  /** What to do next; for auth codes, worded for a client ID and secret. */
  readonly userMessage: UserText;
  /** For auth codes, the same worded for an API key user, who has no client ID. */
  readonly apiKeyMessage?: UserText;
}

function info(category: PatsnapErrorCategory, retryable: boolean, pageMessage: string, userMessage: UserText, apiKeyMessage?: UserText): CodeInfo {
  return { category, retryable, pageMessage, userMessage, apiKeyMessage };
}

// Each message is written out whole: it is also the key of its translation (src/api/userText.ts).
/** The codes on the pages. Retryable only where a later identical call can succeed on its own. */
export const PATSNAP_ERROR_CODES: ReadonlyMap<number, CodeInfo> = new Map<number, CodeInfo>([
  [68300004, info('invalid', false, 'Invalid parameter!', userText('PatSnap rejected a search parameter. Check the fields and try again.'))],
  // A failing search backend is server-side, but the page does not call it transient: no retry.
  [68300005, info('server', false, 'Search api failure!', userText('PatSnap search failed. Try again later; if it keeps failing, contact PatSnap support.'))],
  // "Analytic basic access" reads as access to the underlying analytics service: an account matter.
  [68300006, info('permission', false, 'Analytic basic access error!', userText('PatSnap denied access to the analytics service. Contact PatSnap support to check your account.'))],
  [68300007, info('invalid', false, 'Bad request!', userText('PatSnap rejected the request as malformed. Check the fields and try again.'))],
  [68300008, info('busy', true, 'Service error, please try again later!', userText('PatSnap had a temporary service error. Try again in a little while.'))],
  [68300010, info('invalid', false, 'The file does not comply with upload specifications!', userText('PatSnap did not accept the file. Upload a PDF that meets PatSnap\'s upload rules.'))],
  [67200000, info('quota', false, 'API call exceeds the total limit set by the platform!', userText('You have reached the platform\'s total call limit. Wait for the quota to reset, or ask PatSnap to raise it.'))],
  [67200001, info('quota', false, 'API call exceeds the total limit set by the platform!', userText('You have reached the platform\'s total call limit. Wait for the quota to reset, or ask PatSnap to raise it.'))],
  [67200002, info('rate', true, 'The current call rate is too fast, exceeding the current configuration limit QPS!', userText('Requests were sent faster than your PatSnap QPS limit. Wait a moment, or lower the requests-per-second setting.'))],
  [67200003, info('auth', false, 'The key and secret parameters for applying for the token are incorrect or the client has been disabled!', userText('PatSnap rejected the client ID and secret (or the client is disabled). Check them (Synapse Lens: Set Credentials…).'),
    userText('PatSnap rejected the API key (or it is disabled). Check the key (Synapse Lens: Set Credentials…).'))],
  [67200004, info('permission', false, 'The requested api does not have permission. Please contact our support personnel!', userText('Your PatSnap account has no permission for this API. Contact PatSnap support to enable it.'))],
  [67200005, info('quota', false, 'Insufficient account balance/number of calls!', userText('Your PatSnap balance or call allowance is used up. Wait for the quota to reset, or ask PatSnap to raise it.'))],
  // The client's activation period ended: the stored credentials no longer work until renewed.
  [67200006, info('auth', false, 'The client has exceeded the activation validity period!', userText('Your PatSnap client has passed its activation period. Renew it with PatSnap, then enter the new client ID and secret (Synapse Lens: Set Credentials…).'),
    userText('Your PatSnap API key has passed its activation period. Renew it with PatSnap, then enter the new key (Synapse Lens: Set Credentials…).'))],
  [67200007, info('quota', false, 'The current call exceeds the configured usage limit of the day!', userText('You have reached today\'s PatSnap usage limit. Try again tomorrow, or ask PatSnap to raise it.'))],
  [67200008, info('auth', false, 'Please check if the required apikey in the query parameter has been transmitted!', userText('PatSnap did not receive the client ID with the request. Re-enter the client ID and secret (Synapse Lens: Set Credentials…); if it persists, report it.'),
    userText('PatSnap did not receive the API key with the request. Re-enter the key (Synapse Lens: Set Credentials…); if it persists, report it.'))],
  [67200009, info('auth', false, 'The apikey does not match the passed bearerToken. Please check if a valid token is being used!', userText('The PatSnap token does not match the client ID. Re-enter the client ID and secret (Synapse Lens: Set Credentials…).'),
    userText('PatSnap did not accept the API key for this request. Re-enter the key (Synapse Lens: Set Credentials…).'))],
  [67200012, info('invalid', false, 'The request is illegal!', userText('PatSnap refused the request as illegal. Check the fields and try again.'))],
  [67200100, info('busy', true, 'The current server status is busy, request response timeout!', userText('PatSnap is busy right now. Try again in a little while.'))],
  [67200101, info('not-found', false, 'The API requested currently does not exist. Please check the request path!', userText('This PatSnap API does not exist at the configured address. Check the base URL setting.'))],
]);

/** Codes after which a client-credentials token is refreshed once and the call repeated. */
export const TOKEN_REFRESH_CODES: ReadonlySet<number> = new Set([67200003, 67200009]);

export interface ErrorContext {
  readonly path?: string;
  readonly httpStatus?: number;
  /** Already-redacted server text. */
  readonly serverMessage?: string;
  /** Which credentials the call used, so an auth failure speaks of what the user entered. */
  readonly credentialKind?: Credentials['kind'];
}

/** What the user reads for a code the pages do not list: fixed text, never the server's words. */
export function unlistedCodeMessage(code: number): UserText {
  return userText('PatSnap answered with error code {0} (not one Synapse Lens knows). Details are in the log.', code);
}

/** Maps an envelope `error_code` to an error. Unknown codes fall back by their family. */
export function errorFromCode(code: number, context: ErrorContext = {}): PatsnapError {
  const { credentialKind, ...where } = context;
  const known = PATSNAP_ERROR_CODES.get(code);
  const serverMessage = nonEmpty(context.serverMessage) ?? known?.pageMessage;
  const onPath = context.path ? ` on ${context.path}` : '';
  const message = `PatSnap error ${code}${serverMessage ? ` (${serverMessage})` : ''}${onPath}`;
  if (known) {
    const userMessage = credentialKind === 'apiKey' ? (known.apiKeyMessage ?? known.userMessage) : known.userMessage;
    return new PatsnapError({ ...where, category: known.category, retryable: known.retryable, code, serverMessage, message, userMessage });
  }
  const userMessage = unlistedCodeMessage(code);
  // Unknown codes: a non-2xx HTTP status says more than the code's family does.
  if (context.httpStatus !== undefined && context.httpStatus >= 400) {
    const byHttp = errorFromHttpStatus(context.httpStatus, context);
    return new PatsnapError({ ...where, category: byHttp.category, retryable: byHttp.retryable, code, serverMessage, message, userMessage });
  }
  const family = code >= 68300000 && code < 68400000 ? 'business' : code >= 67200000 && code < 67300000 ? 'platform' : 'unknown';
  return new PatsnapError({
    ...where,
    category: 'server',
    retryable: false,
    code,
    serverMessage,
    message: `${message} [${family} error not listed on the API pages]`,
    userMessage,
  });
}

/** Maps a non-2xx HTTP status without a usable envelope code. */
export function errorFromHttpStatus(status: number, context: ErrorContext = {}): PatsnapError {
  const { credentialKind, ...rest } = context;
  const base = { ...rest, httpStatus: status, serverMessage: nonEmpty(context.serverMessage) };
  const where = context.path ? ` on ${context.path}` : '';
  const message = `HTTP ${status}${where}${base.serverMessage ? ` (${base.serverMessage})` : ''}`;
  if (status === 401) return new PatsnapError({ ...base, category: 'auth', message, userMessage: authUserMessage(credentialKind) });
  if (status === 403) return new PatsnapError({ ...base, category: 'permission', message });
  if (status === 404) return new PatsnapError({ ...base, category: 'not-found', message });
  if (status === 408) return new PatsnapError({ ...base, category: 'timeout', message });
  if (status === 429) return new PatsnapError({ ...base, category: 'rate', message });
  if (status >= 500) return new PatsnapError({ ...base, category: 'server', retryable: true, message });
  return new PatsnapError({ ...base, category: 'invalid', message, retryable: false });
}

function nonEmpty(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}
