// Where an export is written. Normally the save dialog; the Export Panel command can pass a target
// (a Uri), which is how scripts, keybindings and the integration test export without a dialog.
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { ExportFormat } from '../../protocol/export';

export type TargetPicker = (fileName: string, format: ExportFormat) => Thenable<vscode.Uri | undefined>;

/** The folder of the last export in this window, so a second export starts where the first went. */
let lastFolder: vscode.Uri | undefined;

export function rememberFolder(target: vscode.Uri): void {
  lastFolder = vscode.Uri.joinPath(target, '..');
}

function startFolder(): vscode.Uri {
  return lastFolder ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}

const filters = (format: ExportFormat): Record<string, string[]> =>
  format === 'csv' ? { [vscode.l10n.t('CSV (comma-separated values)')]: ['csv'] } : { JSON: ['json'] };

export const saveDialogPicker: TargetPicker = (fileName, format) =>
  vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(startFolder(), fileName),
    filters: filters(format),
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export as {0}', format.toUpperCase()),
  });

/** A picker that answers with `target` without asking. */
export const fixedTarget = (target: vscode.Uri): TargetPicker => () => Promise.resolve(target);
