import * as vscode from 'vscode';
import type { App } from '../../app';
import { withCancellableProgress } from '../../platform/progress';
import { showApiError } from '../../platform/errorNotifications';
import { showInfoNotification } from '../../platform/inertSurfaces';

/** What "Check Connection" found; returned to callers (tests, other commands) as well as shown. */
export interface ConnectionCheck {
  readonly ok: boolean;
  readonly service: 'patsnap' | 'sandbox';
  readonly baseUrl: string | undefined;
  readonly drugTotal?: number;
  readonly errorCode?: number;
}

/**
 * Makes the cheapest real call (a one-drug search) through the configured client, proving that
 * settings, credentials and the network line up.
 */
export function checkConnection(app: App) {
  return async (): Promise<ConnectionCheck> => {
    try {
      const page = await withCancellableProgress(vscode.l10n.t('Synapse Lens: checking the connection…'), async (signal) => {
        const client = await app.services.getClient();
        return client.searchDrugs({ limit: 1 }, { signal, bypassCache: true });
      });
      const service = await app.services.describe();
      void showInfoNotification(service.kind === 'sandbox'
        ? vscode.l10n.t('Connected to the Synapse Lens sandbox: {0} drugs searchable.', page.total ?? '?')
        : vscode.l10n.t('Connected to PatSnap: {0} drugs searchable.', page.total ?? '?'));
      return { ok: true, service: service.kind, baseUrl: service.baseUrl, drugTotal: page.total };
    } catch (err) {
      const service = await app.services.describe();
      const code = showApiError(err, app.log);
      return { ok: false, service: service.kind, baseUrl: service.baseUrl, errorCode: code };
    }
  };
}
