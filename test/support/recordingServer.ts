// A loopback server for the real-host tests (integration and e2e) that only records what reaches
// it, to prove that a credential did or did not leave for a host.
import * as http from 'node:http';
import type { Duplex } from 'node:stream';

/** What reached a recording server: enough to tell whether a credential was sent. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

/**
 * A loopback HTTP server that records every request it gets and answers each with a 500; a proxy
 * tunnel request (CONNECT) is recorded too, and refused.
 */
export async function recordingServer(): Promise<{ url: string; requests: ReceivedRequest[]; close(): Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(500).end();
  });
  server.on('connect', (req: http.IncomingMessage, socket: Duplex) => {
    requests.push({ method: 'CONNECT', path: req.url ?? '', authorization: req.headers['proxy-authorization'] });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
