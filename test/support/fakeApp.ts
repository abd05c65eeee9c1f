// A fake App for feature tests: a Map-backed globalState, a log recorder, and a ServiceHost
// stand-in that hands out one given client (usually a real client of a real sandbox). Settings are
// read by platform/settings.ts from the fake vscode's configuration, as in the extension.
import type { PatsnapClient } from '../../src/api';
import type { App, AppCore } from '../../src/app';
import type * as SettingsModule from '../../src/platform/settings';
import { FakeEventEmitter, fakeLogChannel } from './fakeVscode';

export interface FakeApp {
  readonly app: App;
  readonly state: Map<string, unknown>;
  readonly log: ReturnType<typeof fakeLogChannel>;
  /** Fires the services' onDidChange, as new credentials or a service switch would. */
  changeServices(): void;
}

/** A Memento over `state`, storing values as JSON as VS Code does, so tests see what survives a restart. */
export function mapMemento(state: Map<string, unknown>) {
  return {
    keys: () => [...state.keys()],
    get: <T>(key: string, fallback?: T) => (state.has(key) ? (state.get(key) as T) : fallback),
    update: (key: string, value: unknown) => {
      state.set(key, JSON.parse(JSON.stringify(value)));
      return Promise.resolve();
    },
    setKeysForSync: () => undefined,
  };
}

/**
 * The App's core pieces as fakes; `parts` adds (or replaces) what a test needs from the rest, built
 * from that core the way src/app.ts builds it (e.g. `(core) => ({ literature: new SavedSearchTree(core, …) })`).
 * Anything a test does not supply is absent, so a handler that reaches for it fails loudly.
 */
export function fakeApp(client: () => PatsnapClient, state = new Map<string, unknown>(), parts: (core: AppCore) => Partial<App> = () => ({})): FakeApp {
  const log = fakeLogChannel();
  const changed = new FakeEventEmitter<void>();
  const services = { getClient: async () => client(), onDidChange: changed.event };
  const core = {
    globalState: mapMemento(state),
    subscriptions: [],
    log,
    services,
    // Loaded on first call, after the test has installed the fake vscode that settings.ts imports.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    settings: () => (require('../../src/platform/settings') as typeof SettingsModule).readSettings(),
  } as unknown as AppCore;
  const app = { ...core, ...parts(core) } as App;
  return { app, state, log, changeServices: () => changed.fire() };
}
