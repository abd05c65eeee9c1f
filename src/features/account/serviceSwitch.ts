import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../platform/settings';
import type { App } from '../../app';

/** Deletes the stored credential (in every window: they share SecretStorage). */
export function signOut(app: App) {
  return async (): Promise<void> => {
    await app.credentials.clear();
    app.log.info('Credentials removed');
    void vscode.window.setStatusBarMessage('Synapse Lens: signed out', 4000);
  };
}

/** `synapseLens.service` in user settings; ServiceHost hears the change and rebuilds the client. */
function useService(service: 'sandbox' | 'patsnap') {
  return (app: App) => async (): Promise<void> => {
    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('service', service, vscode.ConfigurationTarget.Global);
    app.log.info(`Service set to ${service}`);
  };
}

export const useSandbox = useService('sandbox');
export const usePatsnap = useService('patsnap');

interface AccountAction extends vscode.QuickPickItem {
  readonly command: string;
}

/**
 * What the status bar item offers, given the current state and how many hosts have a remembered
 * "send credentials?" answer. Pure apart from the item type.
 */
export function accountActions(kind: 'patsnap' | 'sandbox', signedIn: boolean, rememberedHosts = 0): AccountAction[] {
  const actions: AccountAction[] = [];
  actions.push({ label: '$(key) Set Credentials…', description: signedIn && kind === 'patsnap' ? 'replace the stored key' : undefined, command: 'setCredentials' });
  if (signedIn && kind === 'patsnap') actions.push({ label: '$(sign-out) Sign Out', command: 'signOut' });
  if (kind === 'patsnap') actions.push({ label: '$(beaker) Use Sandbox', description: 'sample data, no key needed', command: 'useSandbox' });
  else actions.push({ label: '$(cloud) Use PatSnap', description: 'the PatSnap open API', command: 'usePatsnap' });
  if (rememberedHosts > 0) {
    actions.push({ label: '$(shield) Forget Approved Hosts…', description: `${rememberedHosts} remembered`, command: 'forgetApprovedHosts' });
  }
  actions.push({ label: '$(plug) Check Connection', command: 'checkConnection' });
  actions.push({ label: '$(output) Show Log', command: 'showLog' });
  return actions;
}

export function showAccountMenu(app: App) {
  return async (): Promise<void> => {
    const service = await app.services.describe();
    const picked = await vscode.window.showQuickPick(accountActions(service.kind, service.signedIn, app.consent.remembered().length), {
      title: `Synapse Lens: ${service.kind === 'sandbox' ? 'using the sandbox' : service.signedIn ? 'signed in to PatSnap' : 'not signed in'}`,
    });
    if (picked) await vscode.commands.executeCommand(`synapseLens.${picked.command}`);
  };
}
