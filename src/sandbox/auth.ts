// Credentials per docs/api-contract.md, Authentication: an `sk-` API key sent as a Bearer token (or as the
// apikey query parameter), or a client id/secret pair exchanged at /oauth/token for a token that
// is then sent as Bearer together with `apikey=<clientId>`.
import { randomBytes } from 'node:crypto';
import { errorCodes, failure } from './envelope';
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './envelope';

export interface SandboxCredentials {
  readonly apiKey: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** The test credentials every sandbox accepts; printed by the CLI and used by tests and the demo. */
export const sandboxCredentials: SandboxCredentials = {
  apiKey: 'sk-sandbox-00000000000000000000000000000000',
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
};

interface IssuedToken {
  readonly clientId: string;
  readonly expiresAtMs: number;
  readonly generation: number;
}

/** Tokens live in memory per server. Expiry follows the wall clock (token lifetime is about time,
 *  not data); expireAll() lets a test age every token at once without waiting 30 minutes. Tokens
 *  are truly random, not seeded: a token from one sandbox must never be valid at another. */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();
  private generation = 0;

  constructor(private readonly ttlSeconds: number, private readonly now: () => number = Date.now) {}

  issue(clientId: string): { token: string; expiresIn: number; issuedAtMs: number } {
    const token = randomBytes(24).toString('hex');
    const issuedAtMs = this.now();
    this.tokens.set(token, { clientId, expiresAtMs: issuedAtMs + this.ttlSeconds * 1000, generation: this.generation });
    return { token, expiresIn: this.ttlSeconds, issuedAtMs };
  }

  /** The client a token was issued to, while it is valid. */
  clientOf(token: string): string | undefined {
    const issued = this.tokens.get(token);
    if (!issued || issued.generation !== this.generation || this.now() >= issued.expiresAtMs) return undefined;
    return issued.clientId;
  }

  expireAll(): void {
    this.generation++;
    this.tokens.clear();
  }
}

function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

const unauthorized = (detail: string): Reply => failure(errorCodes.badCredentials, detail, 401);

/**
 * Checks a business call's credentials; undefined means it may proceed. The order mirrors a
 * gateway: an API key stands alone; a token needs the apikey parameter (67200008), must be live
 * (67200003, HTTP 401) and must belong to the client the apikey names (67200009). 67200008 and
 * 67200009 come back as HTTP 200, like other failures (docs/api-contract.md, Envelope), so clients must read
 * error_code rather than rely on a 401 to refresh.
 */
export function authenticate(
  headers: IncomingHttpHeaders, query: URLSearchParams, store: TokenStore, credentials: SandboxCredentials,
): Reply | undefined {
  const bearer = bearerOf(headers);
  const apikey = query.get('apikey') ?? undefined;
  if (bearer === undefined) {
    if (apikey === undefined) return unauthorized('(no credentials: send Authorization: Bearer <sk-key or token>)');
    if (apikey.startsWith('sk-')) return apikey === credentials.apiKey ? undefined : unauthorized('(unknown API key)');
    return unauthorized('(apikey given without a Bearer token)');
  }
  if (bearer.startsWith('sk-')) return bearer === credentials.apiKey ? undefined : unauthorized('(unknown API key)');
  if (apikey === undefined || apikey === '') return failure(errorCodes.apikeyMissing);
  const client = store.clientOf(bearer);
  if (client === undefined) return unauthorized('(token unknown or expired)');
  if (client !== apikey) return failure(errorCodes.apikeyMismatch);
  return undefined;
}

/** Client id and secret from an HTTP Basic header. */
export function basicCredentials(headers: IncomingHttpHeaders): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
