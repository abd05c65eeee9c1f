// A CommandContext for feature tests: a Map-backed globalState, a log recorder, and a ServiceHost
// stand-in that hands out one given client (usually a real client of a real sandbox).
import type { PatsnapClient } from '../../src/api';
import type { CommandContext } from '../../src/features/commandTable';
import { FakeEventEmitter, fakeLogChannel } from './fakeVscode';

export interface FeatureTestContext {
  readonly ctx: CommandContext;
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

export function featureContext(client: () => PatsnapClient, state = new Map<string, unknown>()): FeatureTestContext {
  const log = fakeLogChannel();
  const changed = new FakeEventEmitter<void>();
  const globalState = mapMemento(state);
  const services = { getClient: async () => client(), onDidChange: changed.event };
  const ctx = { extension: { globalState, subscriptions: [] }, services, log } as unknown as CommandContext;
  return { ctx, state, log, changeServices: () => changed.fire() };
}
