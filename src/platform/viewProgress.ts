import * as vscode from 'vscode';

/**
 * Shows a view's own progress bar while its tree loads. Page fetches are short, so the view bar
 * (not a notification) is the right weight; long actions use withCancellableProgress instead.
 */
export function withViewProgress<T>(viewId: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: { viewId } }, task);
}
