// The two services Synapse Lens talks to, as messages name them.
import { l10n } from 'vscode';

export type Service = 'sandbox' | 'patsnap';

/** The service's name inside a sentence, in the display language ("the sandbox", "PatSnap"). */
export function serviceName(service: Service): string {
  return service === 'sandbox' ? l10n.t('the sandbox') : 'PatSnap';
}
