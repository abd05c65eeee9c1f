import * as vscode from 'vscode';
import { safeHttpsUrl } from './links';
import { showWarningNotification } from '../../platform/inertSurfaces';

/** Opens an API-supplied link in the browser, https only; anything else is refused and logged. */
export async function openHttpsExternally(raw: string | undefined, what: string, log: vscode.LogOutputChannel): Promise<boolean> {
  const url = safeHttpsUrl(raw);
  if (url === undefined) {
    log.warn(`Refused to open the ${what} link: not an https URL`);
    void showWarningNotification(vscode.l10n.t('Synapse Lens: this {0} link is not an https address, so it was not opened.', what));
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}
