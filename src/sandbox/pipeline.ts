// One request's way through the sandbox: read the body, apply the faults that act before the
// service (latency, reset, hang, QPS, busy, 5xx), route, authenticate, run the endpoint, then the
// faults that act on the answer (field edits, malformed JSON). Faults come before routing and
// credentials because the real gateway can fail a request whatever it carries.
import { authenticate } from './auth';
import { errorCodes, failure } from './envelope';
import { serializeReply, writeGatewayError, writeJson } from './respond';
import { paths, routes } from './routes';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxState } from './endpoints/context';
import type { Envelope, Reply } from './envelope';
import type { FaultEngine } from './faults';

export interface SandboxStats {
  requests: number;
  tokenRequests: number;
  byPath: Record<string, number>;
  rejectedByQps: number;
}

export interface PipelineDeps {
  readonly state: SandboxState;
  readonly faults: FaultEngine;
  readonly stats: SandboxStats;
  readonly log: (line: string) => void;
  /** Waits, unless the server closes first (then never resolves: the socket is gone anyway). */
  readonly delay: (ms: number) => Promise<void>;
  readonly now: () => number;
}

/** Large enough for real PDFs sent to extract; anything bigger is refused, not buffered. */
const maxBodyBytes = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
    req.on('error', reject);
  });
}

async function dispatch(req: IncomingMessage, url: URL, body: Buffer, tooLarge: boolean, state: SandboxState): Promise<Reply> {
  const route = routes.get(url.pathname);
  if (!route) return failure(errorCodes.unknownPath, undefined, 404);
  if (req.method !== 'POST') {
    return failure(errorCodes.illegalRequest, `(${req.method ?? '?'} is not allowed here; use POST)`, 405, { allow: 'POST' });
  }
  if (route.authenticated) {
    const denied = authenticate(req.headers, url.searchParams, state.tokens, state.credentials);
    if (denied) return denied;
  }
  if (tooLarge) {
    return url.pathname === paths.sarExtract
      ? failure(errorCodes.badUpload, '(upload too large)')
      : failure(errorCodes.badRequest, '(body too large)');
  }
  return route.endpoint({ body, headers: req.headers, query: url.searchParams, state });
}

export async function handleRequest(req: IncomingMessage, res: ServerResponse, deps: PipelineDeps): Promise<void> {
  const started = deps.now();
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const path = url.pathname;
  const { stats, faults, log } = deps;
  stats.requests++;
  stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
  if (path === paths.token) stats.tokenRequests++;
  const done = (what: string): void => log(`${req.method ?? '?'} ${path} ${what} ${deps.now() - started}ms`);

  const { body, tooLarge } = await readBody(req);
  const latency = faults.latencyFor(path);
  if (latency > 0) await deps.delay(latency);

  const terminal = faults.terminalFor(path, deps.now());
  if (terminal) {
    switch (terminal.kind) {
      case 'reset':
        req.socket.destroy();
        return done('fault:reset');
      case 'hang':
        return done('fault:hang (no answer)');
      case 'http500':
        writeGatewayError(res);
        return done('fault:http500');
      case 'qps':
        stats.rejectedByQps++;
        writeJson(res, 200, serializeReply(failure(errorCodes.qpsExceeded), [], false));
        return done('fault:qps 67200002');
      case 'busy':
        writeJson(res, 200, serializeReply(failure(terminal.code), [], false));
        return done(`fault:busy ${terminal.code}`);
      case 'errorCode': {
        const body: Envelope = { data: null, status: false, error_code: terminal.code, error_msg: terminal.message };
        writeJson(res, 200, serializeReply({ httpStatus: 200, enveloped: true, body }, [], false));
        return done(`fault:errorCode ${terminal.code}`);
      }
    }
  }

  let reply: Reply;
  try {
    reply = await dispatch(req, url, body, tooLarge, deps.state);
  } catch (error) {
    log(`error in ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    reply = failure(errorCodes.serviceError, undefined, 500);
  }
  const { edits, malformed } = faults.responseFaults(path);
  writeJson(res, reply.httpStatus, serializeReply(reply, edits, malformed), reply.headers);
  const code = reply.enveloped ? (reply.body as { error_code?: unknown }).error_code : 'token';
  done(`${reply.httpStatus} ${String(code)}${edits.length > 0 ? ' fault:fields' : ''}${malformed ? ' fault:malformedJson' : ''}`);
}
