// The panel's words in the host's display language. Every panel's text goes through @vscode/l10n's
// t(), keyed by its English message; the host sends the loaded translations with the init
// (src/platform/panelHost.ts), and they are put in place here before the panel first draws.
import * as l10n from '@vscode/l10n';
import { l10nBundleSchema } from '../../src/protocol/l10n';

/** Uses the translations the host sent; none, or a table that fails the check, leaves the English words. */
export function useTranslations(sent: unknown): void {
  const bundle = l10nBundleSchema.safeParse(sent);
  l10n.config({ contents: sent !== undefined && bundle.success ? bundle.data : {} });
}
