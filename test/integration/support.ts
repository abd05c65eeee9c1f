// What the integration suites share: running the extension's commands, waiting on the extension
// host without fixed sleeps, and pointing the extension at its bundled sandbox for a suite, then
// back at what it was.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { Duplex } from 'node:stream';
import * as vscode from 'vscode';
import { activatedExtension } from './extensionUnderTest';

/** Runs `synapseLens.<name>` and returns what the command returns. */
export const run = <T>(name: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(`synapseLens.${name}`, ...args);

/** What the open-panel commands return, as the extension declares it. */
export type { OpenedPanel } from '../../src/features/panels/commands';

/** Polls `test` every 100 ms; fails with `what` after `ms`. */
export async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`${what}: timed out`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Awaits `promise`, failing with `what` after `ms` (e.g. a panel's ready handshake). */
export async function within<T>(promise: Promise<T> | undefined, ms: number, what: string): Promise<T> {
  assert.ok(promise, `${what}: no promise`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * For a panel suite: activates the extension and switches it to the sandbox before the suite;
 * closes every editor and restores the service setting after it.
 */
export function panelsOnSandbox(): void {
  let restoreService: () => Promise<void>;
  before(async () => {
    await activatedExtension();
    restoreService = await useSandboxService();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreService();
  });
}

/** Sets `synapseLens.service` to the sandbox in the workspace; the returned function restores it. */
export async function useSandboxService(): Promise<() => Promise<void>> {
  const config = () => vscode.workspace.getConfiguration('synapseLens');
  const saved = config().inspect('service')?.workspaceValue;
  await config().update('service', 'sandbox', vscode.ConfigurationTarget.Workspace);
  return async () => {
    await config().update('service', saved, vscode.ConfigurationTarget.Workspace);
  };
}

/**
 * Answers the extension's "Send your PatSnap credentials to host X?" modal as a user would click,
 * because a test extension host refuses to show modal dialogs (its DialogService throws). Other
 * messages go to the real window. Returns the hosts asked about and a restore function.
 */
export function answerCredentialPrompt(choice: 'Send' | undefined): { readonly asked: string[]; restore(): void } {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
  const real = window.showWarningMessage;
  const asked: string[] = [];
  window.showWarningMessage = (message: unknown, ...rest: unknown[]) => {
    const host = typeof message === 'string' ? /^Send your PatSnap credentials to host (.+)\?$/.exec(message)?.[1] : undefined;
    if (host === undefined) return real.call(vscode.window, message, ...rest);
    asked.push(host);
    return Promise.resolve(choice);
  };
  return { asked, restore: () => (window.showWarningMessage = real) };
}

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
