// What the integration suites share: running the extension's commands, waiting on the extension
// host without fixed sleeps, and pointing the extension at its bundled sandbox for a suite, then
// back at what it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SarSnapshot } from '../../src/protocol/sar';
import { activatedExtension } from './extensionUnderTest';

/** Runs `synapseLens.<name>` and returns what the command returns. */
export const run = <T>(name: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(`synapseLens.${name}`, ...args);

/** What the open-panel commands return, as the extension declares it. */
export type { ShownPanel as OpenedPanel } from '../../src/platform/panelRegistry';

/**
 * Watches a panel's messages as VS Code carries them, so a test sees the handshake as the page
 * does: what the page sent (checked against the panel's protocol schema) and what the host posted
 * back. Call it right after the open command returns, before the page can have loaded.
 */
export function watchPanel(panel: vscode.WebviewPanel, schema: { safeParse(value: unknown): { success: boolean } }): PanelWatch {
  const known = watches.get(panel);
  if (known) return known;
  const sent: unknown[] = [];
  const posted: { readonly type: string; readonly ok?: boolean; readonly result?: unknown; readonly snapshot?: unknown }[] = [];
  let initPosted!: () => void;
  const ready = new Promise<void>((resolve) => (initPosted = resolve));
  panel.webview.onDidReceiveMessage((message: unknown) => void sent.push(message));
  const webview = panel.webview as { postMessage(message: unknown): Thenable<boolean> };
  const deliver = webview.postMessage.bind(webview);
  webview.postMessage = (message: unknown) => {
    const m = message as (typeof posted)[number];
    posted.push(m);
    if (m.type === 'init') initPosted();
    return deliver(message);
  };
  const watch: PanelWatch = {
    ready,
    posted,
    answered: () => posted.filter((m) => m.type === 'reply' && m.ok === true).length,
    rejected: () => sent.filter((m) => !schema.safeParse(m).success).length,
  };
  watches.set(panel, watch);
  return watch;
}

export interface PanelWatch {
  /** Settles when the host has answered the page's `ready` with `init`. */
  readonly ready: Promise<void>;
  /** Everything the host posted to the page, in order. */
  readonly posted: readonly { readonly type: string; readonly ok?: boolean; readonly result?: unknown; readonly snapshot?: unknown }[];
  /** Requests the host answered with a result. */
  answered(): number;
  /** Messages from the page its protocol does not allow. */
  rejected(): number;
}

/** A panel opened again is revealed, not rebuilt: it keeps the watch it got when it opened. */
const watches = new WeakMap<vscode.WebviewPanel, PanelWatch>();

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

/** The newest SAR snapshot the host gave the page (pushed as `update` or in a `snapshot` reply), by version. */
export function latestSnapshot(page: PanelWatch): SarSnapshot | undefined {
  let latest: SarSnapshot | undefined;
  for (const m of page.posted) {
    const snapshot = (m.type === 'update' ? m.snapshot : m.type === 'reply' ? m.result : undefined) as Partial<SarSnapshot> | undefined;
    if (typeof snapshot?.version === 'number' && Array.isArray(snapshot.rows) && (latest === undefined || snapshot.version > latest.version)) latest = snapshot as SarSnapshot;
  }
  return latest;
}
