import * as vscode from 'vscode';
import type { App } from '../../app';
import { showInfoNotification } from '../../platform/inertSurfaces';

interface HostItem extends vscode.QuickPickItem {
  readonly origin: string;
}

/**
 * Lists the hosts whose "send credentials?" answer is remembered and forgets the ones the user
 * picks, so the next call there asks again. Returns the forgotten origins (for tests and callers).
 */
export function forgetApprovedHosts(app: App) {
  return async (): Promise<readonly string[]> => {
    const hosts = app.consent.remembered();
    if (hosts.length === 0) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens has no remembered hosts: your credentials go only to PatSnap, or it asks first.'));
      return [];
    }
    const items: HostItem[] = hosts.map((host) => ({
      label: host.origin,
      description: host.answer === 'approved' ? vscode.l10n.t('credentials are sent here') : vscode.l10n.t('declined: nothing is sent here'),
      picked: true,
      origin: host.origin,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Synapse Lens: Forget Approved Hosts'),
      placeHolder: vscode.l10n.t('Hosts to forget; Synapse Lens asks again before it sends your credentials there'),
      canPickMany: true,
    });
    const origins = (picked ?? []).map((item) => item.origin);
    if (origins.length > 0) await app.consent.forget(origins);
    return origins;
  };
}
