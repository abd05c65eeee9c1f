// The line a panel shows after an export; the host has already shown the notification.
import type { ExportOutcome } from '../../src/protocol/export';

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
