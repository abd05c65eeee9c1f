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

const FILTERS = { 'Synapse Lens names': ['json'] };

/** A file given by a script (a Uri or an absolute path), else undefined. */
function givenUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const path = arg !== null && typeof arg === 'object' ? (arg as { path?: unknown }).path : undefined;
  return typeof path === 'string' && path !== '' ? vscode.Uri.file(path) : undefined;
}

export function exportNames(app: App) {
  return async (arg?: unknown): Promise<ExportNamesResult | undefined> => {
    const target = givenUri(arg) ?? (await vscode.window.showSaveDialog({ title: 'Export Names', filters: FILTERS, saveLabel: 'Export',
      defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'synapse-lens-names.json') : undefined }));
    if (!target) return undefined;
    await app.names.ready();
    const entries = app.names.saved();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(writeNameFile(entries)));
    void showInfoNotification(`Exported ${entries.length} ${entries.length === 1 ? 'name' : 'names'} to ${target.path.split('/').pop() ?? 'the file'}.`);
    return { path: target.fsPath, entries: entries.length };
  };
}

export function importNames(app: App) {
  return async (arg?: unknown): Promise<ImportNamesResult | undefined> => {
    const source = givenUri(arg) ?? (await vscode.window.showOpenDialog({ title: 'Import Names', filters: FILTERS, canSelectMany: false, openLabel: 'Import' }))?.[0];
    if (!source) return undefined;
    const name = source.path.split('/').pop() ?? 'the file';
    let read: ReturnType<typeof readNameFile>;
    try {
      const stat = await vscode.workspace.fs.stat(source);
      if (stat.size > NAME_FILE_MAX_BYTES) throw new Error(`the file is larger than ${NAME_FILE_MAX_BYTES / (1024 * 1024)} MB`);
      read = readNameFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
    } catch (err) {
      void showErrorNotification(`Could not import ${name}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    await app.names.ready();
    const merged = app.names.merge(read.entries);
    const notes = [
      merged.updated > 0 ? `${merged.updated} updated` : '',
      merged.keptOwn > 0 ? `${merged.keptOwn} of your own names kept` : '',
      read.dropped > 0 ? `${read.dropped} unreadable ${read.dropped === 1 ? 'entry' : 'entries'} left out` : '',
    ].filter((n) => n !== '');
    void showInfoNotification(`Imported ${merged.added} new ${merged.added === 1 ? 'name' : 'names'} from ${name}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`);
    return { ...merged, dropped: read.dropped };
  };
}
