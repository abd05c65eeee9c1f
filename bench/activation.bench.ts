// The activation figures: the size of the production extension bundle (and that activation pulls in no
// chemistry or webview code), how long `activate()` takes, and the time from a saved drug search
// to its first tree page against the sandbox. `activate()` runs here under the in-memory vscode
// stand-in from test/support, so the figure is the extension's own start-up work (loading the
// bundle, building services, registering commands and views), not VS Code's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPatsnapClient } from '../src/api';
import { installFakeVscode, FakeEventEmitter, FakeDisposable } from '../test/support/fakeVscode';
import { productionExtension } from './productionBuild';
import { startSandboxProcess } from './sandboxProcess';
import { measure, formatSample } from './stats';
import type { BenchResult } from './result';
import { drugsTreeOver } from '../test/support/drugsTree';

export async function benchActivation(): Promise<BenchResult[]> {
  const extensionRoot = productionExtension();
  const bundlePath = path.join(extensionRoot, 'dist', 'extension.js');
  const bundle = fs.readFileSync(bundlePath, 'utf8');
  const size = Buffer.byteLength(bundle);
  // Markers of code that must load lazily, never at activation.
  const lazyMarkers = ['RDKit_minimal', 'vscode-elements', 'drugCatalog'].filter((marker) => bundle.includes(marker));
  console.log(`extension.js (production): ${(size / 1024).toFixed(1)} KiB; lazily loaded code found in it: ${lazyMarkers.join(', ') || 'none'}`);

  const fake = installFakeVscode();
  extendForActivation(fake.module);
  const started = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundlePath) as { activate(context: unknown): void };
  const context = fakeExtensionContext(extensionRoot);
  extension.activate(context);
  const activateMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`first require + activate(): ${activateMs.toFixed(1)} ms`);
  for (const item of context.subscriptions) item.dispose();

  const firstPage = await benchFirstTreePage();
  return [
    { name: 'extension.js size (production)', value: size, unit: 'bytes', target: 'no chemistry/webview code', ok: lazyMarkers.length === 0 },
    { name: 'require + activate() (fake host)', value: activateMs, unit: 'ms', target: 'report', ok: true },
    { name: 'saved drug search → first tree page (sandbox)', value: firstPage, unit: 'ms', target: 'report', ok: true },
  ];
}

/** Median time for the Drugs tree to produce a search's first page, with the cache off. */
async function benchFirstTreePage(): Promise<number> {
  const sandbox = await startSandboxProcess();
  try {
    const client = createPatsnapClient({
      baseUrl: sandbox.url,
      credentials: async () => ({ kind: 'apiKey', apiKey: sandbox.credentials.apiKey }),
      requestsPerSecond: 0,
      cacheTtlMs: 0,
    });
    const search = { id: 'bench', label: 'Approved drugs', createdAt: 0, query: { kind: 'search', request: { globalHighestDevStatus: ['Approved'] } } } as const;
    const sample = await measure(
      'saved search → first tree page',
      async () => {
        const { tree } = drugsTreeOver(client, [search], 20);
        const [root] = await tree.getChildren();
        const children = await tree.getChildren(root);
        if (children.length === 0) throw new Error('the first page is empty');
        tree.dispose();
      },
      200,
      20,
    );
    console.log(formatSample(sample));
    await client.close();
    return sample.medianMs;
  } finally {
    await sandbox.close();
  }
}

/** The few host APIs activate() touches that the unit-test stand-in does not need. */
function extendForActivation(vscode: Record<string, unknown>): void {
  const window = vscode.window as Record<string, unknown>;
  window.createTreeView ??= () => ({ dispose: () => undefined, reveal: async () => undefined, onDidChangeVisibility: () => new FakeDisposable() });
  window.registerTreeDataProvider ??= () => new FakeDisposable();
  window.registerWebviewPanelSerializer ??= () => new FakeDisposable();
  window.createStatusBarItem ??= () => ({ show: () => undefined, hide: () => undefined, dispose: () => undefined });
  vscode.StatusBarAlignment ??= { Left: 1, Right: 2 };
  const languages = (vscode.languages ??= {}) as Record<string, unknown>;
  languages.registerHoverProvider ??= () => new FakeDisposable();
  const workspace = vscode.workspace as Record<string, unknown>;
  workspace.onDidChangeWorkspaceFolders ??= () => new FakeDisposable();
}

function fakeExtensionContext(extensionRoot: string) {
  const memento = new Map<string, unknown>();
  const secretsChanged = new FakeEventEmitter<{ key: string }>();
  return {
    subscriptions: [] as { dispose(): unknown }[],
    extension: { packageJSON: { version: 'bench' } },
    extensionUri: { fsPath: extensionRoot, scheme: 'file', toString: () => `file://${extensionRoot}` },
    extensionPath: extensionRoot,
    globalState: {
      keys: () => [...memento.keys()],
      get: (key: string, fallback?: unknown) => (memento.has(key) ? memento.get(key) : fallback),
      update: async (key: string, value: unknown) => void memento.set(key, value),
      setKeysForSync: () => undefined,
    },
    secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: secretsChanged.event },
  };
}
