import type * as vscode from 'vscode';
import { SavedList } from './savedList';
import type { SynapseSettings } from './settings';
import { StateStore } from './stateStore';

export type ServiceName = SynapseSettings['service'];
type Tags = Readonly<Record<string, ServiceName>>;

const isTags = (value: unknown): value is Tags =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
  && Object.values(value).every((s) => s === 'sandbox' || s === 'patsnap');

/**
 * A SavedList whose entries belong to the service they were saved on: a sandbox search is not
 * shown while the window talks to PatSnap, nor the other way round (their IDs mean nothing to
 * the other service). The service of each entry is kept beside the list, under
 * `<storageKey>.services`, so the list keeps the shape older versions wrote and read.
 *
 * Entries saved before entries had a service are given the service in use when they are first
 * listed: older versions kept one list for both, and the service the user is on when they update
 * is the one they most likely made their searches on (showing them on both would keep the mix).
 */
export class ServiceSavedList<T> {
  private readonly list: SavedList<T>;
  private readonly tags: StateStore<Tags>;

  constructor(
    memento: vscode.Memento,
    storageKey: string,
    private readonly keyOf: (entry: T) => string,
    isEntry: (value: unknown) => value is T,
    private readonly service: () => ServiceName,
  ) {
    this.list = new SavedList(memento, storageKey, keyOf, isEntry);
    this.tags = new StateStore<Tags>(memento, `${storageKey}.services`, {}, isTags);
  }

  /** The entries of the service in use, newest first. */
  entries(): readonly T[] {
    const service = this.service();
    const tags = this.tags.get();
    const untagged = this.list.entries().filter((e) => tags[this.keyOf(e)] === undefined);
    if (untagged.length > 0) void this.tag(untagged.map(this.keyOf), service);
    return this.list.entries().filter((e) => (tags[this.keyOf(e)] ?? service) === service);
  }

  /** Saves on the service in use (at the top; an entry with the same key moves there). */
  async add(entry: T): Promise<void> {
    await this.tag([this.keyOf(entry)], this.service());
    await this.list.add(entry);
  }

  async remove(key: string): Promise<void> {
    await this.list.remove(key);
    const { [key]: _removed, ...rest } = this.tags.get();
    await this.tags.set(rest);
  }

  private tag(keys: readonly string[], service: ServiceName): Thenable<void> {
    const tags = { ...this.tags.get() };
    for (const key of keys) tags[key] = service;
    return this.tags.set(tags);
  }
}
