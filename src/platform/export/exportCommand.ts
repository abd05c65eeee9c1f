// "Synapse Lens: Export Panel…": exports the active panel (what it shows, all pages, its current
// filters). Arguments, all optional: `{ format: 'csv' | 'json', target: Uri | string }`; without a
// format a quick pick asks, without a target the save dialog does. Returns the outcome.
import * as vscode from 'vscode';
import type { ExportFormat, ExportOutcome } from '../../protocol/export';
import { exportFormatSchema } from '../../protocol/export';
import type { App } from '../../app';
import { showInfoNotification } from '../inertSurfaces';

function targetFrom(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value.length > 0) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  return undefined;
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: vscode.l10n.t('for spreadsheets'), format: 'csv' as const },
      { label: 'JSON', description: vscode.l10n.t('for scripts, with lists kept as arrays'), format: 'json' as const },
    ],
    { title: vscode.l10n.t('Export Panel'), placeHolder: vscode.l10n.t('Export what the panel shows (all pages, current filters) as…') },
  );
  return picked?.format;
}

export function exportPanel(app: App) {
  return async (arg?: unknown): Promise<ExportOutcome | undefined> => {
    const channel = app.exportChannels.active();
    if (!channel) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: focus a milestones, paper list or sequence patents panel first, then run Export Panel.'));
      return undefined;
    }
    const a = (typeof arg === 'object' && arg !== null ? arg : {}) as { format?: unknown; target?: unknown };
    const given = exportFormatSchema.safeParse(a.format);
    if (a.format !== undefined && !given.success) throw new Error(`Unknown export format ${JSON.stringify(a.format)}: use "csv" or "json".`);
    const format = given.success ? given.data : await askFormat();
    if (!format) return undefined;
    return channel.start(format, targetFrom(a.target));
  };
}
