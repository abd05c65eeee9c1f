// Export Names… and Import Names…: the dictionary as a JSON file a team can share
// (src/names/nameFile.ts). An import merges: names a user gave win over learned ones, and the
// user's own names here stay. The file is untrusted: size-capped, checked entry by entry.
import * as vscode from 'vscode';
import type { App } from '../../app';
import { NAME_FILE_MAX_BYTES, readNameFile, writeNameFile } from '../../names/nameFile';
import { showErrorNotification, showInfoNotification } from '../../platform/inertSurfaces';

export interface ExportNamesResult {
  readonly path: string;
  readonly entries: number;
}

export interface ImportNamesResult {
  readonly added: number;
  readonly updated: number;
  readonly keptOwn: number;
  readonly dropped: number;
}

const filters = () => ({ [vscode.l10n.t('Synapse Lens names')]: ['json'] });

/** A file given by a script (a Uri or an absolute path), else undefined. */
function givenUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const path = arg !== null && typeof arg === 'object' ? (arg as { path?: unknown }).path : undefined;
  return typeof path === 'string' && path !== '' ? vscode.Uri.file(path) : undefined;
}

export function exportNames(app: App) {
  return async (arg?: unknown): Promise<ExportNamesResult | undefined> => {
    const target = givenUri(arg) ?? (await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export Names'), filters: filters(), saveLabel: vscode.l10n.t('Export'),
      defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'synapse-lens-names.json') : undefined }));
    if (!target) return undefined;
    await app.names.ready();
    const entries = app.names.saved();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(writeNameFile(entries)));
    const file = target.path.split('/').pop() ?? '';
    void showInfoNotification(entries.length === 1 ? vscode.l10n.t('Exported 1 name to {0}.', file) : vscode.l10n.t('Exported {0} names to {1}.', entries.length, file));
    return { path: target.fsPath, entries: entries.length };
  };
}

export function importNames(app: App) {
  return async (arg?: unknown): Promise<ImportNamesResult | undefined> => {
    const source = givenUri(arg) ?? (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import Names'), filters: filters(), canSelectMany: false, openLabel: vscode.l10n.t('Import') }))?.[0];
    if (!source) return undefined;
    const name = source.path.split('/').pop() ?? '';
    let read: ReturnType<typeof readNameFile>;
    try {
      const stat = await vscode.workspace.fs.stat(source);
      if (stat.size > NAME_FILE_MAX_BYTES) throw new Error(vscode.l10n.t('the file is larger than {0} MB', NAME_FILE_MAX_BYTES / (1024 * 1024)));
      read = readNameFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
    } catch (err) {
      void showErrorNotification(vscode.l10n.t('Could not import {0}: {1}', name, err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    await app.names.ready();
    const merged = app.names.merge(read.entries);
    const notes = [
      merged.updated > 0 ? vscode.l10n.t('{0} updated', merged.updated) : '',
      merged.keptOwn > 0 ? vscode.l10n.t('{0} of your own names kept', merged.keptOwn) : '',
      read.dropped === 1 ? vscode.l10n.t('1 unreadable entry left out') : read.dropped > 1 ? vscode.l10n.t('{0} unreadable entries left out', read.dropped) : '',
    ].filter((n) => n !== '');
    const imported = merged.added === 1 ? vscode.l10n.t('Imported 1 new name from {0}', name) : vscode.l10n.t('Imported {0} new names from {1}', merged.added, name);
    void showInfoNotification(notes.length > 0 ? vscode.l10n.t('{0} ({1}).', imported, notes.join(vscode.l10n.t('; '))) : vscode.l10n.t('{0}.', imported));
    return { ...merged, dropped: read.dropped };
  };
}
