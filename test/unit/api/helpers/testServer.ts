// A tiny scripted HTTP server for client tests: records every request and answers with whatever
// the test's handler says. Real sockets, so the client's undici Agent is exercised end to end.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly raw: Buffer;
}

export interface Reply {
  readonly status?: number;
  readonly body?: unknown;
  /** Sent verbatim instead of JSON-encoding `body`. */
  readonly text?: string;
}

/** Returns a reply, or undefined after handling `res` itself (e.g. to hold or reset it). */
export type Handler = (req: RecordedRequest, res: http.ServerResponse) => Reply | undefined | Promise<Reply | undefined>;

export interface TestServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests to one path. */
  on(path: string): RecordedRequest[];
  setHandler(handler: Handler): void;
  /** Resolves when the next request has arrived (for abort-while-held tests). */
  nextRequest(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startTestServer(handler: Handler): Promise<TestServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const waiters: ((r: RecordedRequest) => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const raw = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: raw.toString('utf8'),
        raw,
      };
      requests.push(recorded);
      for (const w of waiters.splice(0)) w(recorded);
      void Promise.resolve(current(recorded, res)).then((reply) => {
        if (!reply) return;
        const text = reply.text ?? JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (path) => requests.filter((r) => r.path === path),
    setHandler: (h) => {
      current = h;
    },
    nextRequest: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
