// The MCP server's credentials: environment variables of its process, as an MCP client's config
// (or VS Code's MCP provider, src/features/agent/mcpProvider.ts) sets them; never arguments or files.
import { credentialsFromSecret } from '../api';
import type { Credentials } from '../api';

export const MCP_ENV = { apiKey: 'PATSNAP_API_KEY', clientId: 'PATSNAP_CLIENT_ID', clientSecret: 'PATSNAP_CLIENT_SECRET' } as const;

/** The credentials the environment gives, or undefined; a malformed key throws an 'auth' error that never repeats it. */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials | undefined {
  const apiKey = env[MCP_ENV.apiKey]?.trim();
  if (apiKey) return credentialsFromSecret(apiKey);
  const clientId = env[MCP_ENV.clientId]?.trim();
  const clientSecret = env[MCP_ENV.clientSecret]?.trim();
  return clientId && clientSecret ? { kind: 'client', clientId, clientSecret } : undefined;
}

/** The environment that hands `credentials` to a child MCP server. */
export function envForCredentials(credentials: Credentials | undefined): Record<string, string> {
  if (!credentials) return {};
  return credentials.kind === 'apiKey'
    ? { [MCP_ENV.apiKey]: credentials.apiKey }
    : { [MCP_ENV.clientId]: credentials.clientId, [MCP_ENV.clientSecret]: credentials.clientSecret };
}
