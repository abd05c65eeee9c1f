import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { commands, createApp, features } from './app';
import { CredentialStore } from './platform/credentialStore';
import { HostConsent } from './platform/hostConsent';
import { ServiceHost } from './platform/serviceHost';
import { loadBundledSandbox } from './platform/sandboxLoader';
import { readSettings } from './platform/settings';
import { COMMAND_PREFIX } from './features/commandTable';
import { showErrorNotification } from './platform/inertSurfaces';

/**
 * Composition root: build the window's objects (src/app.ts), register the commands and features,
 * nothing else. Activation failures are reported by us, because VS Code does not show a
 * notification when an extension fails to activate.
 */
export function activate(extension: vscode.ExtensionContext): void {
  // Modules that run in plain Node without 'vscode' (src/features/drugs/words.ts and its kind)
  // translate with @vscode/l10n: give it the bundle VS Code loaded for the display language.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const log = vscode.window.createOutputChannel('Synapse Lens', { log: true });
  extension.subscriptions.push(log);
  try {
    const credentials = new CredentialStore(extension.secrets);
    const consent = new HostConsent(extension.globalState, log);
    const services = new ServiceHost(credentials, consent, log, loadBundledSandbox);
    extension.subscriptions.push(credentials, services);

    const app = createApp({
      globalState: extension.globalState,
      subscriptions: extension.subscriptions,
      extensionUri: extension.extensionUri,
      globalStorageUri: extension.globalStorageUri,
      credentials,
      log,
      services,
      consent,
      settings: readSettings,
    });
    for (const [name, factory] of Object.entries(commands)) {
      extension.subscriptions.push(vscode.commands.registerCommand(COMMAND_PREFIX + name, factory(app)));
    }
    for (const feature of features) feature.register?.(app);
    log.info(`Synapse Lens ${String(extension.extension.packageJSON.version)} activated`);
  } catch (err) {
    log.error(`Activation failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void showErrorNotification(vscode.l10n.t('Synapse Lens failed to start: {0}. See the "Synapse Lens" log.', String(err)));
    throw err;
  }
}

export function deactivate(): void {
  // Everything is disposed through extension.subscriptions.
}
