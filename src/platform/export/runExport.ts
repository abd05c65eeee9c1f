// Runs one export end to end: ask where (save dialog), fetch every page under a cancellable
// progress notification, apply the panel's filters, encode, write atomically with workspace.fs (so
// remote and virtual workspaces work; atomicSave.ts), then offer "Open File" / "Reveal". Never
// throws: the outcome goes back to the webview, and the user has been told what happened and what
// to do next.
import * as vscode from 'vscode';
import { isPatsnapError } from '../../api';
import { showApiError } from '../errorNotifications';
import type { ExportFormat, ExportOutcome } from '../../protocol/export';
import { askToReplace, saveAtomically, workspaceFiles } from './atomicSave';
import type { ConfirmReplace, ExportFiles } from './atomicSave';
import type { Column } from './columns';
import { toCsv } from './csv';
import type { PageFetcher } from './fetchAll';
import { ExportCancelled, fetchAllPages } from './fetchAll';
import { exportFileName } from './fileName';
import type { ExportAbout } from './json';
import { toJson } from './json';
import type { TargetPicker } from './targetPicker';
import { rememberFolder, saveDialogPicker } from './targetPicker';
import { showErrorNotification, showInfoNotification } from '../inertSurfaces';

/** Everything a panel says about one export (see index.ts for how a panel builds it). */
export interface ExportSpec<Row> {
  /** For messages: "patents of sequence 834879". */
  readonly title: string;
  /** Counted thing, plural: "patents". */
  readonly noun: string;
  /** Parts of the default file name: ['sequence', '834879', 'patents', 'claimed']. */
  readonly fileNameParts: readonly string[];
  readonly columns: readonly Column<Row>[];
  readonly pageSize: number;
  readonly fetchPage: PageFetcher<Row>;
  /** The panel's current filters, as the same pure function the webview uses. */
  readonly filter: (rows: readonly Row[]) => readonly Row[];
  /** Written into the JSON export. */
  readonly about: ExportAbout;
  /** Optional row cap; fetchAll's default otherwise. */
  readonly maxRows?: number;
}

export interface ExportDeps {
  readonly log: vscode.LogOutputChannel;
  readonly pickTarget?: TargetPicker;
  readonly now?: () => Date;
  /** workspace.fs unless a test gives another. */
  readonly files?: ExportFiles;
  /** A modal question unless a test gives another. */
  readonly confirmReplace?: ConfirmReplace;
}

const OPEN_FILE = 'Open File';
const REVEAL = 'Reveal';
const OPEN_LOG = 'Open Log';

const describeError = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function runExport<Row>(spec: ExportSpec<Row>, format: ExportFormat, deps: ExportDeps): Promise<ExportOutcome> {
  const target = await (deps.pickTarget ?? saveDialogPicker)(exportFileName(spec.fileNameParts, format), format);
  if (!target) return { status: 'cancelled' };
  const files = deps.files ?? workspaceFiles;
  // What the user agreed to replace (or create) in the dialog; checked again before writing.
  const chosen = await files.stat(target);

  let fetched;
  try {
    fetched = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${spec.title}`, cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        let reported = 0;
        try {
          return await fetchAllPages(spec.fetchPage, {
            pageSize: spec.pageSize,
            signal: controller.signal,
            maxRows: spec.maxRows,
            onPage: (count, total) => {
              const increment = total ? ((count - reported) / total) * 100 : undefined;
              reported = count;
              progress.report({ message: total === undefined ? `${count} ${spec.noun}` : `${count} of ${total} ${spec.noun}`, increment });
            },
          });
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (err) {
    if (err instanceof ExportCancelled || (isPatsnapError(err) && err.category === 'cancelled')) {
      void showInfoNotification(`Synapse Lens: export of ${spec.title} cancelled; nothing was written.`);
      return { status: 'cancelled' };
    }
    deps.log.error(`Export of ${spec.title} failed while fetching: ${describeError(err)}`);
    if (isPatsnapError(err)) showApiError(err, deps.log, { retry: () => runExport(spec, format, { ...deps, pickTarget: () => Promise.resolve(target) }) });
    else void showFailure(`Synapse Lens: could not fetch ${spec.title} for the export (${describeError(err)}); nothing was written. Try again, or open the log.`, deps.log);
    return { status: 'failed', error: describeError(err) };
  }

  const rows = spec.filter(fetched.items);
  const text = format === 'csv'
    ? await toCsv(spec.columns, rows)
    : toJson(spec.columns, rows, spec.about, (deps.now ?? (() => new Date()))(), fetched.total);
  try {
    if (!(await saveAtomically(files, target, new TextEncoder().encode(text), chosen, deps.confirmReplace ?? askToReplace))) {
      void showInfoNotification(`Synapse Lens: export of ${spec.title} cancelled; ${fileLabel(target)} was left as it is.`);
      return { status: 'cancelled' };
    }
  } catch (err) {
    deps.log.error(`Export of ${spec.title} could not write ${target.toString()}: ${describeError(err)}`);
    void showFailure(`Synapse Lens: could not write ${fileLabel(target)} (${describeError(err)}). Choose another folder or check its permissions, then export again.`, deps.log);
    return { status: 'failed', error: describeError(err) };
  }
  rememberFolder(target);
  deps.log.info(`Exported ${rows.length} ${spec.noun} (${format}) to ${target.toString()}`);
  const capped = fetched.truncated ? ` Only the first ${fetched.items.length} were fetched (the export limit).` : '';
  void offerToOpen(`Synapse Lens: exported ${rows.length} ${spec.noun} to ${fileLabel(target)}.${capped}`, target);
  return { status: 'saved', uri: target.toString(), rows: rows.length };
}

function fileLabel(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

async function offerToOpen(message: string, target: vscode.Uri): Promise<void> {
  const choice = await showInfoNotification(message, OPEN_FILE, REVEAL);
  if (choice === OPEN_FILE) await vscode.commands.executeCommand('vscode.open', target);
  // Inside the workspace the Explorer can show it; elsewhere (and only on a desktop) the OS file manager.
  else if (choice === REVEAL) await vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(target) ? 'revealInExplorer' : 'revealFileInOS', target);
}

async function showFailure(message: string, log: vscode.LogOutputChannel): Promise<void> {
  if ((await showErrorNotification(message, OPEN_LOG)) === OPEN_LOG) log.show();
}
