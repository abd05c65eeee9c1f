import * as vscode from 'vscode';
import { PatsnapError } from '../api';

/**
 * Shows an API failure as a notification whose text is the client's user-facing message (which
 * never carries a secret) and logs it. Returns the PatSnap error code, if there was one.
 */
export function showApiError(err: unknown, log: vscode.LogOutputChannel): number | undefined {
  if (err instanceof PatsnapError && err.category === 'cancelled') return err.code;
  const message = err instanceof PatsnapError ? err.userMessage : `Synapse Lens: ${String(err)}`;
  log.error(message);
  void vscode.window.showErrorMessage(message, 'Open Log').then((choice) => {
    if (choice === 'Open Log') log.show();
  });
  return err instanceof PatsnapError ? err.code : undefined;
}
