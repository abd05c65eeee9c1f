import * as vscode from 'vscode';

/**
 * Runs a network action under a cancellable notification; the Cancel button aborts the signal,
 * which the client honours in its rate-limit wait, its retries and the socket.
 */
export function withCancellableProgress<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      return task(controller.signal).finally(() => subscription.dispose());
    },
  );
}
