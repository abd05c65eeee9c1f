// A panel's side of an export: the request (the host shows the dialog, the progress and the
// notification) and the line the panel shows about it afterwards.
import * as l10n from '@vscode/l10n';
import type { ExportFormat, ExportOutcome } from '../../src/protocol/export';

export function exportNotice(outcome: ExportOutcome | undefined): string | undefined {
  if (!outcome || outcome.status === 'cancelled') return undefined;
  if (outcome.status === 'failed') return l10n.t('Export failed: {0}', outcome.error);
  const last = outcome.uri.split('/').pop() || outcome.uri;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Not percent-encoded after all: show it as sent.
  }
  return outcome.rows === 1 ? l10n.t('Exported 1 row to {0}.', name) : l10n.t('Exported {0} rows to {1}.', outcome.rows, name);
}

/**
 * Sends the panel's export request in `format` (`send` adds its own filters or query), and
 * reports each step through `show`: "Exporting…", then the outcome (undefined after a cancel).
 */
export async function requestExport(
  send: (format: ExportFormat) => Promise<ExportOutcome>,
  format: ExportFormat,
  show: (notice: string | undefined, failed: boolean) => void,
): Promise<void> {
  show(l10n.t('Exporting {0}…', format.toUpperCase()), false);
  try {
    const outcome = await send(format);
    show(exportNotice(outcome), outcome?.status === 'failed');
  } catch (err) {
    show(l10n.t('Export failed: {0}', err instanceof Error ? err.message : String(err)), true);
  }
}
