// Servers that never finish an answer: one holds every request without a word, one sends the head
// and then drips the body a byte at a time, never ending it. Both close everything on close().
// Run directly, it times one call against each with a given timeout (before/after evidence).
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createPatsnapClient, isPatsnapError } from '../../src/api';
import type { PatsnapClientOptions } from '../../src/api';

export interface SlowServer {
  readonly url: string;
  /** Requests received so far (each attempt counts). */
  readonly requests: number;
  close(): Promise<void>;
}

export type SlowKind = 'hang' | 'drip';

/** A 'drip' server sends a byte every 200 ms, well under any idle timeout, and ends the body
 *  (a valid empty page) after `dripForMs`: a client that waits for it waits that long. */
export async function startSlowServer(kind: SlowKind, dripForMs = 30_000): Promise<SlowServer> {
  let requests = 0;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests++;
    req.resume();
    if (kind === 'hang') return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"status":true,"error_code":0,"data":{"items":[');
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started < dripForMs) res.write(' ');
      else res.end('],"total":0}}');
    }, 200);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface TimedCall {
  readonly elapsedMs: number;
  readonly attempts: number;
  readonly outcome: string;
}

/** One drug search against a slow server with the client's defaults but `overrides`; how long it took. */
export async function timeOneCall(kind: SlowKind, overrides: Partial<PatsnapClientOptions>): Promise<TimedCall> {
  const server = await startSlowServer(kind);
  const client = createPatsnapClient({ baseUrl: server.url, credentials: async () => ({ kind: 'apiKey', apiKey: 'sk-slow-server' }), ...overrides });
  const started = Date.now();
  let outcome: string;
  try {
    await client.searchDrugs({});
    outcome = 'answered';
  } catch (error) {
    outcome = isPatsnapError(error) ? `${error.category}: ${error.userMessage}` : String(error);
  }
  const elapsedMs = Date.now() - started;
  await client.close().catch(() => undefined);
  await server.close();
  return { elapsedMs, attempts: server.requests, outcome };
}

if (require.main === module) {
  const timeoutMs = Number(process.argv[2] ?? '2000');
  void (async () => {
    for (const kind of ['hang', 'drip'] as const) {
      const call = await timeOneCall(kind, { timeoutMs });
      console.log(`${kind}: timeout ${timeoutMs} ms → ended after ${call.elapsedMs} ms, ${call.attempts} attempts (${call.outcome})`);
    }
  })();
}
