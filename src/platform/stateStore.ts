import type * as vscode from 'vscode';

/**
 * One JSON value in `context.globalState` under a fixed key, so it survives restarts. Never put a
 * secret here: globalState is plain text on disk.
 */
export class StateStore<T> {
  constructor(
    private readonly memento: vscode.Memento,
    private readonly key: string,
    private readonly fallback: T,
    /** Checks what a previous version may have written; anything unusable reads as the fallback. */
    private readonly accept: (value: unknown) => value is T,
  ) {}

  get(): T {
    const value = this.memento.get<unknown>(this.key);
    return this.accept(value) ? value : this.fallback;
  }

  set(value: T): Thenable<void> {
    return this.memento.update(this.key, value);
  }
}
