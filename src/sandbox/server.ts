// The sandbox server's lifecycle: listen on a local port, keep per-server state (tokens, SAR task
// progress, faults, stats), and close cleanly, including sockets held by hang faults.
import { createServer } from 'node:http';
import { sandboxCredentials, TokenStore } from './auth';
import { FaultEngine } from './faults';
import { handleRequest } from './pipeline';
import { SarTaskStore } from './sarStore';
import type { Socket } from 'node:net';
import type { SandboxCredentials } from './auth';
import type { FaultRule } from './faults';
import type { SandboxStats } from './pipeline';

export type { SandboxCredentials } from './auth';
export type { FaultRule } from './faults';
// The extension loads this bundle for the server and for the names that seed its dictionary.
export { sandboxNames } from './dictionarySeed';
export type { SandboxName, SandboxNameKind } from './dictionarySeed';

export interface SandboxOptions {
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** Default 0: a free port, read it back from `url`. */
  port?: number;
  faults?: FaultRule[];
  /** Seeds fault rates and the IDs of tasks created by extract. The served data does not depend
   *  on it, so sample IDs hold for every server. */
  seed?: number;
  tokenTtlSeconds?: number;
  log?: (line: string) => void;
}

export interface RunningSandbox {
  readonly url: string;
  readonly credentials: SandboxCredentials;
  setFaults(rules: readonly FaultRule[]): void;
  expireTokens(): void;
  readonly stats: { requests: number; tokenRequests: number; byPath: Record<string, number>; rejectedByQps: number };
  resetStats(): void;
  close(): Promise<void>;
}

const defaultSeed = 1;
const defaultTokenTtlSeconds = 1799;

function emptyStats(): SandboxStats {
  return { requests: 0, tokenRequests: 0, byPath: {}, rejectedByQps: 0 };
}

export async function startSandboxServer(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? defaultSeed;
  const log = options.log ?? ((): void => undefined);
  const faults = new FaultEngine(seed, options.faults ?? []);
  const state = {
    credentials: sandboxCredentials,
    tokens: new TokenStore(options.tokenTtlSeconds ?? defaultTokenTtlSeconds),
    sarTasks: new SarTaskStore(seed),
  };
  const stats = emptyStats();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const delay = (ms: number): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });

  const server = createServer((req, res) => {
    handleRequest(req, res, { state, faults, stats, log, delay, now: () => Date.now() }).catch((error: unknown) => {
      // Only a client that vanished mid-request gets here; there is no one left to answer.
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(`sandbox listening on ${url}`);

  return {
    url,
    credentials: sandboxCredentials,
    setFaults: (rules) => faults.setRules(rules),
    expireTokens: () => state.tokens.expireAll(),
    // A copy: callers compare snapshots, and must not be able to change the server's counters.
    get stats() {
      return { ...stats, byPath: { ...stats.byPath } };
    },
    resetStats: () => {
      // Mutate in place: requests in flight hold the same object.
      Object.assign(stats, emptyStats());
      stats.byPath = {};
    },
    close: () => {
      if (closed) return Promise.resolve();
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
