import { createPatsnapClient } from '../../src/api';
import type { PatsnapClient } from '../../src/api';
import { startSandboxServer } from '../../src/sandbox/server';
import type { RunningSandbox } from '../../src/sandbox/server';

/** A real sandbox on loopback and a client of it with no retries or pacing, so faults show at once. */
export async function sandboxWithClient(): Promise<{ sandbox: RunningSandbox; client: PatsnapClient; close(): Promise<void> }> {
  const sandbox = await startSandboxServer({ port: 0 });
  const apiKey = sandbox.credentials.apiKey;
  const client = createPatsnapClient({
    baseUrl: sandbox.url,
    credentials: async () => ({ kind: 'apiKey', apiKey }),
    maxRetries: 0,
    requestsPerSecond: 0,
    cacheTtlMs: 0,
  });
  return {
    sandbox,
    client,
    close: async () => {
      client.dispose();
      await sandbox.close();
    },
  };
}
