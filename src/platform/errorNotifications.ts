import * as vscode from 'vscode';
import { PatsnapError } from '../api';
import { showErrorNotification, showInfoNotification } from './inertSurfaces';
import { userMessageOf } from './apiText';
import { serviceName } from './serviceNames';
import { readSettings } from './settings';

export interface ErrorActions {
  /** Offered as "Retry" when the failure is retryable (rate, busy, network, timeout, 5xx). */
  readonly retry?: () => unknown;
}

/**
 * VS Code's own command that moves the notification toasts on screen into the notification
 * centre. An extension cannot close a notification it showed, so on a service switch this takes
 * the old service's errors off the screen, and each error's actions check the service they were
 * raised for (below), so a late click acts on nothing it was not about.
 */
export const HIDE_NOTIFICATION_TOASTS = 'notifications.hideToasts';

/** True while an auth prompt is on screen, so a burst of failing calls prompts once, not per call. */
let authPromptOpen = false;

/**
 * Shows an API failure as a notification whose text is the client's user-facing message (which
 * never carries a secret, nor the server's own words: those go to the log, redacted), and offers
 * what can be done next: "Set Credentials" for auth failures, "Retry" for retryable ones, "Show
 * Log" always. Cancellation is silent. Returns the PatSnap error code, if there was one.
 */
export function showApiError(err: unknown, log: vscode.LogOutputChannel, actions: ErrorActions = {}): number | undefined {
  const error = err instanceof PatsnapError ? err : undefined;
  if (error?.category === 'cancelled') return error.code;
  const message = error ? userMessageOf(error) : `Synapse Lens: ${userMessageOf(err)}`;
  log.error(error ? `${error.message}${error.code !== undefined ? ` (code ${error.code})` : ''}` : message);
  const [SET_CREDENTIALS, RETRY, SHOW_LOG] = [vscode.l10n.t('Set Credentials'), vscode.l10n.t('Retry'), vscode.l10n.t('Show Log')];

  const isAuth = error?.category === 'auth';
  if (isAuth && authPromptOpen) return error?.code;
  const choices: string[] = [];
  if (isAuth) choices.push(SET_CREDENTIALS);
  if (error?.retryable && actions.retry) choices.push(RETRY);
  choices.push(SHOW_LOG);

  if (isAuth) authPromptOpen = true;
  const raisedFor = readSettings().service;
  void Promise.resolve(showErrorNotification(message, ...choices)).then((choice) => {
    if (isAuth) authPromptOpen = false;
    const now = readSettings().service;
    if ((choice === SET_CREDENTIALS || choice === RETRY) && now !== raisedFor) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: that error came from {0}; Synapse Lens now uses {1}, so "{2}" did nothing.', serviceName(raisedFor), serviceName(now), choice));
      return;
    }
    if (choice === SET_CREDENTIALS) void vscode.commands.executeCommand('synapseLens.setCredentials');
    else if (choice === RETRY) void actions.retry?.();
    else if (choice === SHOW_LOG) log.show();
  });
  return error?.code;
}
