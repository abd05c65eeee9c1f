// dist/mcp.js: the agent tools as a stdio MCP server for any MCP client (Claude Desktop, Cursor,
// VS Code's mcp.json). Credentials come from the environment (PATSNAP_API_KEY, or
// PATSNAP_CLIENT_ID + PATSNAP_CLIENT_SECRET), never from arguments; `--sandbox` starts the
// bundled sandbox (dist/sandbox.js) and talks to it instead; `--names <file>` reads a names file
// (Export Names, or the window's own dictionary) so names the user's window knows resolve here
// too. Stdout is the protocol: logs go to stderr.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { DEFAULT_BASE_URL, createPatsnapClient } from './api';
import { MCP_ENV, credentialsFromEnv } from './agent/envCredentials';
import type { Credentials, PatsnapClient } from './api';
import { Chemistry, bundledRdkitPath } from './chem/rdkit';
import { createMcpServer } from './agent/mcpServer';
import { EntityDictionary } from './names/dictionary';
import { learnFrom } from './names/learn';
import { readNameFile } from './names/nameFile';
import { readFileSync } from 'node:fs';
import { loadBundledSandbox } from './platform/sandboxLoader';
import type { RunningSandbox } from './sandbox/server';

declare const SYNAPSE_LENS_VERSION: string | undefined;

async function main(): Promise<void> {
  const useSandbox = process.argv.includes('--sandbox');
  const log = (line: string): void => void process.stderr.write(`synapse-lens mcp: ${line}\n`);
  const names = new EntityDictionary();
  const onAnswer = (observed: Parameters<typeof learnFrom>[0]) => void names.learn(learnFrom(observed));
  const namesFile = argValue('--names');
  if (namesFile !== undefined) {
    try {
      const { entries, dropped } = readNameFile(readFileSync(namesFile, 'utf8'));
      names.restore(entries);
      log(`names: ${entries.length} entries read${dropped > 0 ? `, ${dropped} unreadable ones left out` : ''}`);
    } catch (err) {
      log(`names: the file given with --names cannot be used: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let sandbox: RunningSandbox | undefined;
  let client: PatsnapClient;
  if (useSandbox) {
    const bundle = loadBundledSandbox();
    sandbox = await bundle.startSandboxServer();
    names.seed(bundle.sandboxNames().map((n) => ({ kind: n.kind, id: n.id, names: { EN: n.en, CN: n.cn } })));
    const credentials: Credentials = { kind: 'apiKey', apiKey: sandbox.credentials.apiKey };
    client = createPatsnapClient({ baseUrl: sandbox.url, credentials: async () => credentials, onAnswer });
    log(`using the bundled sandbox at ${sandbox.url}`);
  } else {
    const credentials = credentialsFromEnv(process.env);
    if (!credentials) log(`no credentials: set ${MCP_ENV.apiKey}, or ${MCP_ENV.clientId} and ${MCP_ENV.clientSecret}; tools will answer with the sign-in error`);
    client = createPatsnapClient({ baseUrl: DEFAULT_BASE_URL, credentials: async () => credentials, onAnswer });
  }
  const chemistry = new Chemistry({ modulePath: bundledRdkitPath() });
  const server = createMcpServer(
    { client: async () => client, names, describe: (smiles, signal) => chemistry.describe(smiles, undefined, signal) },
    typeof SYNAPSE_LENS_VERSION === 'string' ? SYNAPSE_LENS_VERSION : '0.0.0',
  );
  const close = async (): Promise<void> => {
    chemistry.dispose();
    await client.close();
    await sandbox?.close();
  };
  server.onclose = () => void close().finally(() => process.exit(0));
  process.stdin.on('end', () => void server.close());
  await server.connect(new StdioServerTransport());
}

/** The value after `flag` on the command line, if any. */
function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

main().catch((err: unknown) => {
  process.stderr.write(`synapse-lens mcp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
