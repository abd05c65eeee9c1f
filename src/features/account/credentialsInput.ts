// Pure helpers for "Set Credentials": what the input boxes accept and how arguments are read.
// Only vscode.l10n from 'vscode' here.
import { l10n } from 'vscode';
import { credentialsFromSecret, credentialsToSecret } from '../../api';
import type { Credentials } from '../../api';

/** An input-box message for an API key, or undefined when it can be tried. Never echoes the key. */
export function apiKeyProblem(text: string): string | undefined {
  const key = text.trim();
  if (key === '') return l10n.t('Paste the API key from the PatSnap open platform (it starts with sk-)');
  if (!key.startsWith('sk-')) return l10n.t('An API key starts with sk-; for a client ID and secret, go back and choose that instead');
  if (key.length <= 3 || /\s/.test(key)) return l10n.t('This API key is malformed (no spaces, nothing after sk-)');
  return undefined;
}

export function clientIdProblem(text: string): string | undefined {
  const id = text.trim();
  if (id === '') return l10n.t('Enter the client ID');
  if (id.startsWith('sk-')) return l10n.t('This looks like an API key; go back and choose "API key" instead');
  return /[\s:]/.test(id) ? l10n.t('A client ID has no spaces or colons') : undefined;
}

export function clientSecretProblem(text: string): string | undefined {
  return text.trim() === '' ? l10n.t('Enter the client secret') : undefined;
}

/**
 * Reads the optional programmatic argument of setCredentials (`{apiKey}` or `{clientId,
 * clientSecret}`) into Credentials, through the client's own parser so both paths agree. Errors
 * never repeat the values.
 */
export function credentialsFromArgument(arg: unknown): Credentials {
  if (typeof arg !== 'object' || arg === null) throw new Error('setCredentials expects {apiKey} or {clientId, clientSecret}');
  const r = arg as Record<string, unknown>;
  let parsed: Credentials | undefined;
  if (typeof r.apiKey === 'string') {
    if (apiKeyProblem(r.apiKey)) throw new Error('setCredentials: the apiKey is malformed');
    parsed = credentialsFromSecret(r.apiKey.trim());
  } else if (typeof r.clientId === 'string' && typeof r.clientSecret === 'string') {
    if (clientIdProblem(r.clientId) || clientSecretProblem(r.clientSecret)) throw new Error('setCredentials: the client ID or secret is malformed');
    parsed = credentialsFromSecret(credentialsToSecret({ kind: 'client', clientId: r.clientId.trim(), clientSecret: r.clientSecret.trim() }));
  }
  if (!parsed) throw new Error('setCredentials expects {apiKey} or {clientId, clientSecret}');
  return parsed;
}
