import * as vscode from 'vscode';
import type { SarFile } from '../../api';
import type { AppCore } from '../../app';
import { inertMarkdown } from '../../platform/inertSurfaces';
import { markdownText } from '../../protocol/inertText';
import type { SavedSearchTree, SearchNode, SearchTreeConfig, SearchTreeNode } from '../shared/savedSearchTree';
import { PolledTask } from './polledTask';
import { DEFAULT_BACKOFF, realTimer } from './poller';
import type { BackoffOptions, PollTimer } from './poller';
import { isKnownSarStatus } from '../../api';
import type { NameOf } from '../shared/savedSearchTree';
import { fileDescription, SAR_TASK_ID_PATTERN, sarTaskLabel, sarTaskName, statusCode, statusIcon, taskStatusText } from './sarFormat';

export const SAR_VIEW_ID = 'synapseLens.sarTasks';
export const SAR_STORAGE_KEY = 'synapseLens.sar.tasks';

/** What is kept across restarts: the id and where the task came from (a file name or a patent number). */
export interface SavedSarTask {
  readonly id: string;
  readonly label?: string;
}

export type SarTree = SavedSearchTree<SavedSarTask, SarFile>;
export type SarNode = SearchTreeNode<SavedSarTask, SarFile>;
export type TaskNode = SearchNode<SavedSarTask, SarFile>;

export interface SarTaskSnapshot {
  readonly id: string;
  readonly label: string | undefined;
  readonly status: string | undefined;
  readonly polling: boolean;
  readonly files: readonly { readonly id: string; readonly name: string | undefined; readonly status: string; readonly total: number | undefined }[];
}

function isSavedSarTask(value: unknown): value is SavedSarTask {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && SAR_TASK_ID_PATTERN.test(v.id) && (v.label === undefined || typeof v.label === 'string');
}

/** The polled task behind a task node: the SAR config makes every source a PolledTask. */
export function polledTask(node: TaskNode): PolledTask {
  return node.results as PolledTask;
}

export function sarSnapshot(node: TaskNode): SarTaskSnapshot {
  const task = polledTask(node);
  return {
    id: node.query.id,
    label: node.query.label,
    status: task.detail?.status,
    polling: task.poller.running,
    files: task.items.map((f) => ({ id: f.id, name: f.name, status: f.status, total: f.total })),
  };
}

/**
 * The SAR Tasks view on the saved-search tree engine: saved task ids, each polled until it is
 * terminal (poller.ts), with its files under it. `timer` and `backoff` let tests poll on fake time.
 */
export function sarTreeConfig(app: AppCore, timer: PollTimer = realTimer, backoff: BackoffOptions = DEFAULT_BACKOFF): SearchTreeConfig<SavedSarTask, SarFile> {
  const context = { client: () => app.services.getClient(), log: app.log, timer, backoff };
  return {
    viewId: SAR_VIEW_ID,
    storageKey: SAR_STORAGE_KEY,
    loadMoreCommand: 'synapseLens.refreshSarTasks',
    noun: vscode.l10n.t('files'),
    rowKinds: { search: vscode.l10n.t('SAR task'), result: vscode.l10n.t('File') },
    keyOf: (entry) => entry.id,
    isQuery: isSavedSarTask,
    source: (entry, changed) => new PolledTask(entry.id, context, changed),
    emptyText: () => vscode.l10n.t('No files yet'),
    statusRow(entry, results) {
      const { detail, error } = results as PolledTask;
      if (!detail) {
        return error
          ? { text: vscode.l10n.t('Could not read the task: {0}', error), icon: 'warning', flags: 'error;' }
          : { text: vscode.l10n.t('Waiting for the first answer…'), icon: 'loading~spin', flags: '' };
      }
      if (detail.status === 'NOT_FOUND') return { text: vscode.l10n.t('No SAR task with id {0}', entry.id), icon: 'question', flags: 'empty;' };
      return undefined;
    },
    searchOpens: (entry) => ({ panel: 'sar', init: { taskId: entry.id, label: entry.label ?? '' } }),
    resultOpens: (_file, entry) => ({ panel: 'sar', init: { taskId: entry.id, label: entry.label ?? '' } }),
    searchItem: (entry, results, _settings, nameOf) => taskItem(entry, results as PolledTask, nameOf),
    resultItem: fileItem,
  };
}

function taskItem(entry: SavedSarTask, task: PolledTask, nameOf: NameOf): vscode.TreeItem {
  const { detail, error } = task;
  const taskName = (id: string) => nameOf('sarTask', id);
  const item = new vscode.TreeItem(sarTaskLabel(entry, task.items, taskName), vscode.TreeItemCollapsibleState.Collapsed);
  item.iconPath = new vscode.ThemeIcon(error && !detail ? 'warning' : statusIcon(detail?.status));
  const status = detail ? taskStatusText(detail.status) : error ? vscode.l10n.t('unreachable') : vscode.l10n.t('checking…');
  // An unknown state already says that polling goes on.
  const running = task.poller.running;
  item.description = running && detail && isKnownSarStatus(detail.status) ? `${status} · ${vscode.l10n.t('polling')}` : status;
  item.contextValue = `sarTask;${running ? 'polling;' : ''}${detail?.status === 'SUCCESS' ? 'success;' : ''}`;
  const lines = [`**${markdownText(sarTaskName(entry, task.items, taskName))}**`, vscode.l10n.t('SAR extraction task {0}', markdownText(entry.id))];
  if (entry.label) lines.push(vscode.l10n.t('From: {0}', markdownText(entry.label)));
  lines.push(vscode.l10n.t('Status: {0}', `${markdownText(status)}${detail ? ` (${markdownText(statusCode(detail.status))})` : ''}`));
  if (error) lines.push(vscode.l10n.t('Last problem: {0}', markdownText(error)));
  item.tooltip = inertMarkdown(lines.join('  \n'));
  return item;
}

function fileItem(file: SarFile): vscode.TreeItem {
  const item = new vscode.TreeItem(file.name ?? file.id, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(statusIcon(file.status));
  item.description = fileDescription(file);
  item.contextValue = `sarFile;${file.status === 'SUCCESS' ? 'success;' : ''}`;
  const status = `${markdownText(fileDescription(file))} (${markdownText(statusCode(file.status))})`;
  item.tooltip = inertMarkdown(`${vscode.l10n.t('File {0}', markdownText(file.name ?? file.id))}  \n${vscode.l10n.t('Status: {0}', status)}`);
  return item;
}
