// The two credential kinds (docs/api-contract.md, Authentication) and how one stored secret string maps to them.
import { createHash } from 'node:crypto';
import { PatsnapError } from './errors';
import { userText } from './userText';

export interface ApiKeyCredentials {
  readonly kind: 'apiKey';
  /** Starts with `sk-`; sent as `Authorization: Bearer sk-…`. */
  readonly apiKey: string;
}

export interface ClientCredentials {
  readonly kind: 'client';
  readonly clientId: string;
  readonly clientSecret: string;
}

export type Credentials = ApiKeyCredentials | ClientCredentials;

/** Where the client gets credentials from on every call, so a changed secret applies at once. */
export type CredentialsSource = () => Promise<Credentials | undefined>;

const API_KEY_PREFIX = 'sk-';

/**
 * Reads one stored credential string (docs/api-contract.md, Authentication): one that starts with sk- is an
 * API key; otherwise it is a client id + secret pair. The pair may be stored as JSON
 * (`{"clientId":…,"clientSecret":…}`, as `credentialsToSecret` writes it) or as `id:secret`
 * (also `id` and `secret` on two lines). Empty input means "no credentials" (undefined); anything
 * else that is not a usable pair throws an 'auth' error whose text never repeats the input.
 */
export function credentialsFromSecret(stored: string | undefined | null): Credentials | undefined {
  const text = stored?.trim() ?? '';
  if (text === '') return undefined;
  if (text.startsWith(API_KEY_PREFIX)) {
    if (text.length === API_KEY_PREFIX.length || /\s/.test(text)) throw unusable('the API key is malformed');
    return { kind: 'apiKey', apiKey: text };
  }
  const pair = text.startsWith('{') ? pairFromJson(text) : pairFromText(text);
  if (!pair) throw unusable('expected an sk- API key or a client ID and secret');
  return { kind: 'client', clientId: pair[0], clientSecret: pair[1] };
}

/** The inverse of `credentialsFromSecret`, for storing what the user entered. */
export function credentialsToSecret(credentials: Credentials): string {
  return credentials.kind === 'apiKey'
    ? credentials.apiKey
    : JSON.stringify({ clientId: credentials.clientId, clientSecret: credentials.clientSecret });
}

/**
 * A one-way digest that tells whether the credentials changed (to drop cached tokens and cached
 * results) without keeping a second copy of the secret around.
 */
export function credentialsFingerprint(credentials: Credentials): string {
  const material = credentials.kind === 'apiKey' ? `k\0${credentials.apiKey}` : `c\0${credentials.clientId}\0${credentials.clientSecret}`;
  return createHash('sha256').update(material).digest('hex');
}

/**
 * Which account the credentials belong to, as 16 hex digits that name per-account files (the
 * dictionary of names). Digests the API key or the client ID, never the client secret, so a
 * rotated secret keeps the account's files; salted apart from credentialsFingerprint so the two
 * digests cannot be matched with each other.
 */
export function accountFingerprint(credentials: Credentials): string {
  const material = credentials.kind === 'apiKey' ? `account\0k\0${credentials.apiKey}` : `account\0c\0${credentials.clientId}`;
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

/** Whether two credentials are the same account (a cheap field comparison, done on every call). */
export function sameCredentials(a: Credentials, b: Credentials): boolean {
  if (a === b) return true;
  if (a.kind === 'apiKey') return b.kind === 'apiKey' && a.apiKey === b.apiKey;
  return b.kind === 'client' && a.clientId === b.clientId && a.clientSecret === b.clientSecret;
}

/** The values that must never appear in a message or log line. */
export function sensitiveValues(credentials: Credentials): string[] {
  return credentials.kind === 'apiKey' ? [credentials.apiKey] : [credentials.clientId, credentials.clientSecret];
}

function pairFromJson(text: string): [string, string] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const id = record.clientId ?? record.client_id;
  const secret = record.clientSecret ?? record.client_secret;
  return typeof id === 'string' && typeof secret === 'string' ? checkedPair(id, secret) : undefined;
}

function pairFromText(text: string): [string, string] | undefined {
  const newline = text.indexOf('\n');
  const separator = newline >= 0 ? newline : text.indexOf(':');
  if (separator < 0) return undefined;
  return checkedPair(text.slice(0, separator), text.slice(separator + 1));
}

function checkedPair(id: string, secret: string): [string, string] | undefined {
  const clientId = id.trim();
  const clientSecret = secret.trim();
  return clientId !== '' && clientSecret !== '' && !/\s/.test(clientId) ? [clientId, clientSecret] : undefined;
}

function unusable(reason: string): PatsnapError {
  return new PatsnapError({
    category: 'auth',
    message: `Stored PatSnap credential is not usable: ${reason}`,
    userMessage: userText('The stored PatSnap credential is not usable. Enter an sk- API key, or a client ID and secret (Synapse Lens: Set Credentials…).'),
  });
}
