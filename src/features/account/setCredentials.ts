import * as vscode from 'vscode';
import { credentialsToSecret, isPatsnapError } from '../../api';
import type { Credentials } from '../../api';
import { userMessageOf } from '../../platform/apiText';
import { showApiError } from '../../platform/errorNotifications';
import { withCancellableProgress } from '../../platform/progress';
import { BACK, inputStep, pickStep } from '../../platform/quickInput';
import type { App } from '../../app';
import { apiKeyProblem, clientIdProblem, clientSecretProblem, credentialsFromArgument } from './credentialsInput';
import { showErrorNotification, showInfoNotification } from '../../platform/inertSurfaces';

export interface SetCredentialsResult {
  readonly stored: boolean;
  readonly errorCode?: number;
}


/**
 * Asks for an API key or a client ID + secret (masked), proves them with one uncached one-drug
 * search against the configured PatSnap base URL (asking first if that is not PatSnap's own host),
 * and only then stores them in SecretStorage.
 * Other windows pick the change up through secrets.onDidChange.
 */
export function setCredentials(app: App) {
  return async (arg?: unknown): Promise<SetCredentialsResult> => {
    const credentials = arg !== undefined ? credentialsFromArgument(arg) : await askCredentials();
    if (!credentials) return { stored: false };
    try {
      await withCancellableProgress(vscode.l10n.t('Synapse Lens: checking the credentials with PatSnap…'), async (signal) => {
        // The check call goes where the stored credentials will, behind the same host consent.
        const client = app.services.patsnapClient(async () => credentials, { cacheTtlMs: 0 });
        try {
          await client.searchDrugs({ limit: 1 }, { signal, bypassCache: true });
        } finally {
          client.dispose();
        }
      });
    } catch (err) {
      const code = isPatsnapError(err) && err.category === 'auth'
        ? reportRefused(userMessageOf(err), app)
        : showApiError(err, app.log, { retry: () => vscode.commands.executeCommand('synapseLens.setCredentials') });
      return { stored: false, errorCode: code ?? (isPatsnapError(err) ? err.code : undefined) };
    }
    // Writing fires secrets.onDidChange, which this window's store (and every other window's) hears,
    // so the client is rebuilt everywhere.
    await app.credentials.write(credentialsToSecret(credentials));
    app.log.info(`Credentials stored (${credentials.kind === 'apiKey' ? 'API key' : 'client ID + secret'})`);
    await offerPatsnap(app);
    return { stored: true };
  };
}

function reportRefused(message: string, app: App): undefined {
  app.log.warn('PatSnap refused the entered credentials; nothing was stored');
  void showErrorNotification(vscode.l10n.t('PatSnap refused these credentials; nothing was stored. {0}', message), vscode.l10n.t('Try Again')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('synapseLens.setCredentials');
  });
  return undefined;
}

async function offerPatsnap(app: App): Promise<void> {
  if (app.settings().service !== 'sandbox') {
    void showInfoNotification(vscode.l10n.t('Synapse Lens: signed in to PatSnap.'));
    return;
  }
  const choice = await Promise.resolve(
    showInfoNotification(vscode.l10n.t('Synapse Lens: credentials saved. You are using the sandbox; switch to PatSnap?'), vscode.l10n.t('Use PatSnap')),
  );
  if (choice) await vscode.commands.executeCommand('synapseLens.usePatsnap');
}

async function askCredentials(): Promise<Credentials | undefined> {
  const TITLE = vscode.l10n.t('Synapse Lens: Set Credentials');
  let step = 0;
  let kind: 'apiKey' | 'client' = 'apiKey';
  let clientId = '';
  for (;;) {
    if (step === 0) {
      const picked = await pickStep({
        title: TITLE, back: false, placeholder: vscode.l10n.t('How does your PatSnap account authenticate?'),
        items: [
          { label: `$(key) ${vscode.l10n.t('API key')}`, description: 'sk-…', value: 'apiKey' as const },
          { label: `$(account) ${vscode.l10n.t('Client ID and secret')}`, description: vscode.l10n.t('OAuth client credentials'), value: 'client' as const },
        ],
      });
      if (picked === undefined || picked === BACK || !picked[0]) return undefined;
      kind = picked[0].value;
      step = 1;
    } else if (kind === 'apiKey') {
      const key = await inputStep({ title: vscode.l10n.t('Synapse Lens: Set Credentials: API key'), back: true, password: true, prompt: vscode.l10n.t('PatSnap API key (sk-…)'), validate: apiKeyProblem });
      if (key === undefined) return undefined;
      if (key === BACK) step = 0;
      else return { kind: 'apiKey', apiKey: key.trim() };
    } else if (step === 1) {
      const id = await inputStep({ title: vscode.l10n.t('Synapse Lens: Set Credentials: client ID'), back: true, password: true, value: clientId, prompt: vscode.l10n.t('PatSnap client ID'), validate: clientIdProblem });
      if (id === undefined) return undefined;
      if (id === BACK) step = 0;
      else [clientId, step] = [id.trim(), 2];
    } else {
      const secret = await inputStep({ title: vscode.l10n.t('Synapse Lens: Set Credentials: client secret'), back: true, password: true, prompt: vscode.l10n.t('PatSnap client secret'), validate: clientSecretProblem });
      if (secret === undefined) return undefined;
      if (secret === BACK) step = 1;
      else return { kind: 'client', clientId, clientSecret: secret.trim() };
    }
  }
}
