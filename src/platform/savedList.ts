import type * as vscode from 'vscode';
import { StateStore } from './stateStore';

/**
 * An ordered list of small, non-secret entries (search terms, task ids) kept in globalState through
 * StateStore, so views come back after a restart. Each entry is re-checked with `isEntry` on read:
 * globalState outlives any one version of the extension, and one bad entry should not lose the rest.
 */
export class SavedList<T> {
  private readonly store: StateStore<readonly unknown[]>;

  constructor(
    memento: vscode.Memento,
    storageKey: string,
    private readonly keyOf: (entry: T) => string,
    private readonly isEntry: (value: unknown) => value is T,
  ) {
    this.store = new StateStore<readonly unknown[]>(memento, storageKey, [], (value): value is readonly unknown[] => Array.isArray(value));
  }

  entries(): readonly T[] {
    return this.store.get().filter(this.isEntry);
  }

  /** Adds at the top, or moves an existing entry with the same key there (replacing it). */
  async add(entry: T): Promise<void> {
    const key = this.keyOf(entry);
    await this.store.set([entry, ...this.entries().filter((e) => this.keyOf(e) !== key)]);
  }

  async remove(key: string): Promise<void> {
    await this.store.set(this.entries().filter((e) => this.keyOf(e) !== key));
  }
}
