import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../platform/settings';
import type { App } from '../../app';
import { HIDE_NOTIFICATION_TOASTS } from '../../platform/errorNotifications';
import { showWarningNotification } from '../../platform/inertSurfaces';
import { overrideMessage, overridingScope } from './serviceOverride';
import type { OverridingScope } from './serviceOverride';
import type { Service } from '../../platform/serviceNames';

/** Deletes the stored credential (in every window: they share SecretStorage). */
export function signOut(app: App) {
  return async (): Promise<void> => {
    await app.credentials.clear();
    app.log.info('Credentials removed');
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Synapse Lens: signed out'), 4000);
  };
}


/**
 * `synapseLens.service` in user settings; ServiceHost hears the change and rebuilds the client.
 * When a workspace or folder value overrides the user setting, the choice cannot take effect:
 * say so, and offer to remove that value or open the settings where it lives.
 */
function useService(service: Service) {
  return (app: App) => async (): Promise<'applied' | OverridingScope> => {
    const config = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await config().update('service', service, vscode.ConfigurationTarget.Global);
    const scope = overridingScope(config().inspect('service'), service);
    if (scope === undefined) {
      app.log.info(`Service set to ${service}`);
      void vscode.commands.executeCommand(HIDE_NOTIFICATION_TOASTS);
      return 'applied';
    }
    app.log.warn(`Service set to ${service} in user settings, but a ${scope} value overrides it`);
    const [REMOVE, OPEN] = [vscode.l10n.t('Remove Workspace Value'), openSettingsAction()];
    // Not awaited: the command reports the outcome now; the user answers whenever they like.
    void showWarningNotification(overrideMessage(scope, service), REMOVE, OPEN).then(async (choice) => {
      if (choice === REMOVE) await removeOverride(app, scope, service);
      else if (choice === OPEN) await openServiceSetting(scope);
    });
    return scope;
  };
}

async function removeOverride(app: App, scope: OverridingScope, service: Service): Promise<void> {
  const config = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const target = scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.WorkspaceFolder;
  await config().update('service', undefined, target);
  if (overridingScope(config().inspect('service'), service) === undefined) {
    app.log.info(`Removed the ${scope} value of synapseLens.service; service set to ${service}`);
    void vscode.commands.executeCommand(HIDE_NOTIFICATION_TOASTS);
    return;
  }
  const OPEN = openSettingsAction();
  const again = await showWarningNotification(vscode.l10n.t('Synapse Lens: the workspace value of synapseLens.service could not be removed; edit it in the workspace settings.'), OPEN);
  if (again === OPEN) await openServiceSetting(scope);
}

const openSettingsAction = () => vscode.l10n.t('Open Workspace Settings');

function openServiceSetting(scope: OverridingScope): Thenable<unknown> {
  const command = scope === 'workspace' ? 'workbench.action.openWorkspaceSettings' : 'workbench.action.openFolderSettings';
  return vscode.commands.executeCommand(command, { query: `${SETTINGS_SECTION}.service` });
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
  actions.push({ label: `$(key) ${vscode.l10n.t('Set Credentials…')}`, description: signedIn && kind === 'patsnap' ? vscode.l10n.t('replace the stored key') : undefined, command: 'setCredentials' });
  if (signedIn && kind === 'patsnap') actions.push({ label: `$(sign-out) ${vscode.l10n.t('Sign Out')}`, command: 'signOut' });
  if (kind === 'patsnap') actions.push({ label: `$(beaker) ${vscode.l10n.t('Use Sandbox')}`, description: vscode.l10n.t('sample data, no key needed'), command: 'useSandbox' });
  else actions.push({ label: `$(cloud) ${vscode.l10n.t('Use PatSnap')}`, description: vscode.l10n.t('the PatSnap open API'), command: 'usePatsnap' });
  if (rememberedHosts > 0) {
    actions.push({ label: `$(shield) ${vscode.l10n.t('Forget Approved Hosts…')}`, description: vscode.l10n.t('{0} remembered', rememberedHosts), command: 'forgetApprovedHosts' });
  }
  actions.push({ label: `$(plug) ${vscode.l10n.t('Check Connection')}`, command: 'checkConnection' });
  actions.push({ label: `$(output) ${vscode.l10n.t('Show Log')}`, command: 'showLog' });
  return actions;
}

export function showAccountMenu(app: App) {
  return async (): Promise<void> => {
    const service = await app.services.describe();
    const picked = await vscode.window.showQuickPick(accountActions(service.kind, service.signedIn, app.consent.remembered().length), {
      title: service.kind === 'sandbox' ? vscode.l10n.t('Synapse Lens: using the sandbox')
        : service.signedIn ? vscode.l10n.t('Synapse Lens: signed in to PatSnap') : vscode.l10n.t('Synapse Lens: not signed in'),
    });
    if (picked) await vscode.commands.executeCommand(`synapseLens.${picked.command}`);
  };
}
