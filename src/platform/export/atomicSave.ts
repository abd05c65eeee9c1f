// Writes an export so that the chosen file is either untouched or complete: the bytes go to a
// temporary file in the same folder (same file system, so the rename is a move, not a copy), which
// is then renamed over the target (for local files VS Code's disk provider does that with one
// rename call, which replaces the file atomically); on any failure the temporary file is removed.
// The save dialog's consent covers the file as it was when the user chose it: if it appeared or
// changed since (an export can take minutes), the user is asked again before it is replaced.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** What the file looked like; undefined when there was none. */
export interface FileState {
  readonly mtime: number;
  readonly size: number;
}

/** The file operations an export needs; workspace.fs in the host, a fake in unit tests. */
export interface ExportFiles {
  stat(uri: vscode.Uri): Thenable<FileState | undefined>;
  writeFile(uri: vscode.Uri, content: Uint8Array): Thenable<void>;
  /** Replaces `to` if it exists. */
  rename(from: vscode.Uri, to: vscode.Uri): Thenable<void>;
  delete(uri: vscode.Uri): Thenable<void>;
}

/** workspace.fs, so remote and virtual workspaces work as local ones do. */
export const workspaceFiles: ExportFiles = {
  stat: (uri) => vscode.workspace.fs.stat(uri).then((s) => ({ mtime: s.mtime, size: s.size }), () => undefined),
  writeFile: (uri, content) => vscode.workspace.fs.writeFile(uri, content),
  rename: (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: true }),
  delete: (uri) => vscode.workspace.fs.delete(uri, { useTrash: false }),
};

/** Asks whether to replace a file that appeared or changed after it was chosen; true to replace. */
export type ConfirmReplace = (target: vscode.Uri, why: 'appeared' | 'changed') => Thenable<boolean>;

export const REPLACE = vscode.l10n.t('Replace');

export const askToReplace: ConfirmReplace = async (target, why) => {
  const name = target.path.split('/').pop() || target.toString();
  const choice = await vscode.window.showWarningMessage(
    why === 'appeared'
      ? vscode.l10n.t('{0} was created by another program after you chose it for the export. Replace it with the export?', name)
      : vscode.l10n.t('{0} was changed by another program after you chose it for the export. Replace it with the export?', name),
    { modal: true },
    REPLACE,
  );
  return choice === REPLACE;
};

/** The temporary file beside `target`: hidden, unguessable, and never the target itself. */
export function temporarySibling(target: vscode.Uri): vscode.Uri {
  const name = target.path.split('/').pop() || 'export';
  return vscode.Uri.joinPath(target, '..', `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `content` to `target` atomically. `chosen` is the target's state when the user chose it.
 * Returns false (nothing written) when the user declines to replace a file that changed since.
 */
export async function saveAtomically(
  files: ExportFiles,
  target: vscode.Uri,
  content: Uint8Array,
  chosen: FileState | undefined,
  confirm: ConfirmReplace,
): Promise<boolean> {
  const now = await files.stat(target);
  if (now !== undefined && (chosen === undefined || now.mtime !== chosen.mtime || now.size !== chosen.size)) {
    if (!(await confirm(target, chosen === undefined ? 'appeared' : 'changed'))) return false;
  }
  const temporary = temporarySibling(target);
  try {
    await files.writeFile(temporary, content);
    await files.rename(temporary, target);
  } catch (err) {
    // The temporary file may hold a part of the export; a failure to remove it changes nothing
    // the user chose, so the first error is the one reported.
    await Promise.resolve(files.delete(temporary)).catch(() => undefined);
    throw err;
  }
  return true;
}
