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
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}', spec.title), cancellable: true },
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
              progress.report({ message: total === undefined ? vscode.l10n.t('{0} {1}', count, spec.noun) : vscode.l10n.t('{0} of {1} {2}', count, total, spec.noun), increment });
            },
          });
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (err) {
    if (err instanceof ExportCancelled || (isPatsnapError(err) && err.category === 'cancelled')) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: export of {0} cancelled; nothing was written.', spec.title));
      return { status: 'cancelled' };
    }
    deps.log.error(`Export of ${spec.title} failed while fetching: ${describeError(err)}`);
    if (isPatsnapError(err)) showApiError(err, deps.log, { retry: () => runExport(spec, format, { ...deps, pickTarget: () => Promise.resolve(target) }) });
    else void showFailure(vscode.l10n.t('Synapse Lens: could not fetch {0} for the export ({1}); nothing was written. Try again, or open the log.', spec.title, describeError(err)), deps.log);
    return { status: 'failed', error: describeError(err) };
  }

  const rows = spec.filter(fetched.items);
  const text = format === 'csv'
    ? await toCsv(spec.columns, rows)
    : toJson(spec.columns, rows, spec.about, (deps.now ?? (() => new Date()))(), fetched.total);
  try {
    if (!(await saveAtomically(files, target, new TextEncoder().encode(text), chosen, deps.confirmReplace ?? askToReplace))) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: export of {0} cancelled; {1} was left as it is.', spec.title, fileLabel(target)));
      return { status: 'cancelled' };
    }
  } catch (err) {
    deps.log.error(`Export of ${spec.title} could not write ${target.toString()}: ${describeError(err)}`);
    void showFailure(vscode.l10n.t('Synapse Lens: could not write {0} ({1}). Choose another folder or check its permissions, then export again.', fileLabel(target), describeError(err)), deps.log);
    return { status: 'failed', error: describeError(err) };
  }
  rememberFolder(target);
  deps.log.info(`Exported ${rows.length} ${spec.noun} (${format}) to ${target.toString()}`);
  const exported = vscode.l10n.t('Synapse Lens: exported {0} {1} to {2}.', rows.length, spec.noun, fileLabel(target));
  const capped = fetched.truncated ? vscode.l10n.t('Only the first {0} were fetched (the export limit).', fetched.items.length) : undefined;
  void offerToOpen(capped ? `${exported} ${capped}` : exported, target);
  return { status: 'saved', uri: target.toString(), rows: rows.length };
}

function fileLabel(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

async function offerToOpen(message: string, target: vscode.Uri): Promise<void> {
  const [OPEN_FILE, REVEAL] = [vscode.l10n.t('Open File'), vscode.l10n.t('Reveal')];
  const choice = await showInfoNotification(message, OPEN_FILE, REVEAL);
  if (choice === OPEN_FILE) await vscode.commands.executeCommand('vscode.open', target);
  // Inside the workspace the Explorer can show it; elsewhere (and only on a desktop) the OS file manager.
  else if (choice === REVEAL) await vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(target) ? 'revealInExplorer' : 'revealFileInOS', target);
}

async function showFailure(message: string, log: vscode.LogOutputChannel): Promise<void> {
  const OPEN_LOG = vscode.l10n.t('Open Log');
  if ((await showErrorNotification(message, OPEN_LOG)) === OPEN_LOG) log.show();
}
