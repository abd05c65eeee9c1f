import * as vscode from 'vscode';
import type { ServiceDescription } from '../../platform/serviceHost';
import { localText } from '../../platform/apiText';
import { iconFreeText } from '../../protocol/inertText';
import type { App } from '../../app';

/** Context key the views' welcome content and menus use: true when a service is usable. */
export const CONFIGURED_CONTEXT_KEY = 'synapseLens.configured';

export interface ServiceLabel {
  readonly text: string;
  readonly tooltip: string;
  readonly configured: boolean;
}

/**
 * Pure: what the status bar says for a service description. Never shows a secret. The base URL
 * may come from a workspace's settings file, so it is shown as text (no icons, nothing hidden).
 */
export function serviceLabel(service: ServiceDescription): ServiceLabel {
  if (service.kind === 'sandbox') {
    return { text: `$(beaker) ${vscode.l10n.t('Sandbox')}`, tooltip: vscode.l10n.t('Synapse Lens is using the bundled sandbox (sample data). Click for account actions.'), configured: true };
  }
  if (service.baseUrlProblem !== undefined) {
    return { text: '$(warning) PatSnap', tooltip: vscode.l10n.t('Synapse Lens cannot call PatSnap: {0} Click for account actions.', localText(service.baseUrlProblem)), configured: service.signedIn };
  }
  if (service.signedIn) {
    return { text: '$(cloud) PatSnap', tooltip: vscode.l10n.t('Synapse Lens is signed in to {0}. Click for account actions.', service.baseUrl === undefined ? 'PatSnap' : iconFreeText(service.baseUrl)), configured: true };
  }
  return { text: `$(key) ${vscode.l10n.t('Not signed in')}`, tooltip: vscode.l10n.t('Synapse Lens has no PatSnap credentials. Click to set them or use the sandbox.'), configured: false };
}

/** The status bar item and the `synapseLens.configured` context key, kept in step with ServiceHost. */
export function registerServiceStatus(app: App): void {
  const item = vscode.window.createStatusBarItem('synapseLens.service', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Synapse Lens Service');
  item.command = 'synapseLens.showAccountMenu';
  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const label = serviceLabel(await app.services.describe());
    if (mine !== generation) return; // a newer update is already on its way
    item.text = label.text;
    item.tooltip = label.tooltip;
    item.backgroundColor = label.configured ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    item.show();
    await vscode.commands.executeCommand('setContext', CONFIGURED_CONTEXT_KEY, label.configured);
  };
  app.subscriptions.push(item, app.services.onDidChange(() => void update()));
  void update();
}
