// A panel's side of an export: the request (the host shows the dialog, the progress and the
// notification) and the line the panel shows about it afterwards.
import type { ExportFormat, ExportOutcome } from '../../src/protocol/export';
import type { HostConnection } from './host';

export function exportNotice(outcome: ExportOutcome | undefined): string | undefined {
  if (!outcome || outcome.status === 'cancelled') return undefined;
  if (outcome.status === 'failed') return `Export failed: ${outcome.error}`;
  const last = outcome.uri.split('/').pop() || outcome.uri;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Not percent-encoded after all: show it as sent.
  }
  return `Exported ${outcome.rows} ${outcome.rows === 1 ? 'row' : 'rows'} to ${name}.`;
}

/**
 * Asks the host to export in `format`, with the panel's own fields (its filters or query), and
 * reports each step through `show`: "Exporting…", then the outcome (undefined after a cancel).
 */
export async function requestExport(
  host: Pick<HostConnection<unknown>, 'request'>,
  format: ExportFormat,
  fields: Record<string, unknown>,
  show: (notice: string | undefined, failed: boolean) => void,
): Promise<void> {
  show(`Exporting ${format.toUpperCase()}…`, false);
  try {
    const outcome = await host.request<ExportOutcome>({ ...fields, method: 'export', format });
    show(exportNotice(outcome), outcome?.status === 'failed');
  } catch (err) {
    show(`Export failed: ${err instanceof Error ? err.message : String(err)}`, true);
  }
}
