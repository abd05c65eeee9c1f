import * as vscode from 'vscode';
import { isPatsnapError } from '../../api';
import type { SarFile, SarTaskDetail } from '../../api';
import { showApiError } from '../../platform/errorNotifications';
import { inertMarkdown, inertTreeItem } from '../../platform/inertSurfaces';
import { SavedList } from '../../platform/savedList';
import type { AppCore } from '../../app';
import type { PanelTarget } from '../shared/opensPanel';
import { messageItem } from '../shared/pagedNodes';
import { DEFAULT_BACKOFF, realTimer, SarTaskPoller } from './poller';
import type { BackoffOptions, PollTimer } from './poller';
import { fileDescription, SAR_TASK_ID_PATTERN, statusIcon, taskStatusText } from './sarFormat';
import { markdownText } from '../../protocol/inertText';

export const SAR_VIEW_ID = 'synapseLens.sarTasks';
export const SAR_STORAGE_KEY = 'synapseLens.sar.tasks';

/** What is kept across restarts: the id and where the task came from (a file name or a patent number). */
export interface SavedSarTask {
  readonly id: string;
  readonly label?: string;
}

function isSavedSarTask(value: unknown): value is SavedSarTask {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && SAR_TASK_ID_PATTERN.test(v.id) && (v.label === undefined || typeof v.label === 'string');
}

export interface TaskNode {
  readonly kind: 'task';
  readonly entry: SavedSarTask;
  detail: SarTaskDetail | undefined;
  /** The last polling failure, while polling goes on (retryable) or after it stopped. */
  error: string | undefined;
  readonly poller: SarTaskPoller;
  /** The SAR results panel of this task (src/features/shared/opensPanel.ts). */
  readonly opens: PanelTarget;
  /** Settles after the next answer (or failure): lets commands return the state they caused. */
  answered: Promise<void>;
  markAnswered: () => void;
}
export interface FileNode {
  readonly kind: 'file';
  readonly task: TaskNode;
  readonly file: SarFile;
  /** A file opens its task's results panel. */
  readonly opens: PanelTarget;
}
export interface SarMessageNode {
  readonly kind: 'message';
  readonly task: TaskNode;
  readonly item: vscode.TreeItem;
}
export type SarNode = TaskNode | FileNode | SarMessageNode;

export interface SarTaskSnapshot {
  readonly id: string;
  readonly label: string | undefined;
  readonly status: string | undefined;
  readonly polling: boolean;
  readonly files: readonly { readonly id: string; readonly name: string | undefined; readonly status: string; readonly total: number | undefined }[];
}

/**
 * The SAR Tasks view: saved task ids, each polled until it is terminal, with its files under it.
 * Polling of every task stops when the view is disposed.
 */
export class SarTree implements vscode.TreeDataProvider<SarNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SarNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly saved: SavedList<SavedSarTask>;
  private readonly tasks = new Map<string, TaskNode>();
  private readonly subscription: vscode.Disposable;
  private view: vscode.TreeView<SarNode> | undefined;

  constructor(
    private readonly app: AppCore,
    private readonly timer: PollTimer = realTimer,
    private readonly backoff: BackoffOptions = DEFAULT_BACKOFF,
  ) {
    this.saved = new SavedList(app.globalState, SAR_STORAGE_KEY, (t) => t.id, isSavedSarTask);
    this.subscription = app.services.onDidChange(() => this.refresh());
  }

  /** The view showing this tree, so a task just added can be revealed and expanded. */
  attach(view: vscode.TreeView<SarNode>): void {
    this.view = view;
  }

  getTreeItem(node: SarNode): vscode.TreeItem {
    return inertTreeItem(node.kind === 'message' ? node.item : node.kind === 'file' ? fileItem(node.file) : taskItem(node));
  }

  getChildren(node?: SarNode): SarNode[] {
    if (!node) return this.saved.entries().map((entry) => this.taskNode(entry, true));
    if (node.kind !== 'task') return [];
    const { detail } = node;
    const message = (text: string, icon: string, contextValue: string): SarNode[] => [{ kind: 'message', task: node, item: messageItem(text, icon, contextValue) }];
    if (!detail) return node.error ? message(`Could not read the task: ${node.error}`, 'warning', 'message;error;') : message('Waiting for the first answer…', 'loading~spin', 'message;');
    if (detail.status === 'NOT_FOUND') return message(`No SAR task with id ${node.entry.id}`, 'question', 'message;empty;');
    if (detail.files.length === 0) return message('No files yet', 'info', 'message;empty;');
    return detail.files.map((file) => ({ kind: 'file', task: node, file, opens: node.opens }));
  }

  getParent(node: SarNode): SarNode | undefined {
    return node.kind === 'task' ? undefined : node.task;
  }

  /** Saves the task (moving it to the top) and starts polling it; resolves after its first answer. */
  async add(entry: SavedSarTask): Promise<SarTaskSnapshot> {
    await this.saved.add(entry);
    const existing = this.tasks.get(entry.id);
    if (existing && existing.entry.label !== entry.label) this.dropTask(entry.id);
    const node = this.taskNode(entry, false);
    this.restart(node);
    this.changed.fire(undefined);
    await node.answered;
    if (this.view?.visible) void Promise.resolve(this.view.reveal(node, { expand: true, select: true, focus: false })).catch(() => undefined);
    return this.snapshot(node);
  }

  async remove(target: SarNode | string | undefined): Promise<void> {
    const node = this.resolve(target);
    if (!node) return;
    await this.saved.remove(node.entry.id);
    this.dropTask(node.entry.id);
    this.changed.fire(undefined);
  }

  /** Polls the task (or every task) again from the start of the backoff. */
  refresh(target?: SarNode | string): void {
    const one = target === undefined ? undefined : this.resolve(target);
    if (target !== undefined && !one) return;
    const targets = one ? [one] : [...this.tasks.values()];
    for (const task of targets) this.restart(task);
    this.changed.fire(one);
  }

  /** The live task node for a tree node of any kind, or for a task id (programmatic callers). */
  private resolve(target: SarNode | string | undefined): TaskNode | undefined {
    if (typeof target === 'string') return this.tasks.get(target.trim());
    if (typeof target !== 'object' || target === null) return undefined;
    const id = target.kind === 'task' ? target.entry?.id : target.task?.entry?.id;
    return id === undefined ? undefined : this.tasks.get(id);
  }

  find(id: string): TaskNode | undefined {
    return this.tasks.get(id);
  }

  snapshot(node: TaskNode): SarTaskSnapshot {
    return {
      id: node.entry.id,
      label: node.entry.label,
      status: node.detail?.status,
      polling: node.poller.running,
      files: (node.detail?.files ?? []).map((f) => ({ id: f.id, name: f.name, status: f.status, total: f.total })),
    };
  }

  private restart(node: TaskNode): void {
    node.detail = undefined;
    node.error = undefined;
    this.resetAnswered(node);
    node.poller.start();
  }

  private resetAnswered(node: TaskNode): void {
    node.answered = new Promise((resolve) => (node.markAnswered = resolve));
  }

  /** The node of a saved task; a new one starts polling only when `start` (add() restarts it itself). */
  private taskNode(entry: SavedSarTask, start: boolean): TaskNode {
    const existing = this.tasks.get(entry.id);
    if (existing) return existing;
    const node: TaskNode = {
      kind: 'task',
      entry,
      detail: undefined,
      error: undefined,
      answered: Promise.resolve(),
      markAnswered: () => undefined,
      opens: { panel: 'sar', init: { taskId: entry.id, label: entry.label ?? '' } },
      poller: new SarTaskPoller(
        {
          fetch: async (signal) => (await this.app.services.getClient()).getSarTaskDetail({ taskId: entry.id }, { signal }),
          onDetail: (detail) => {
            node.detail = detail;
            node.error = undefined;
            this.answer(node);
          },
          onError: (err, pollingGoesOn) => this.pollFailed(node, err, pollingGoesOn),
        },
        this.timer,
        this.backoff,
      ),
    };
    this.resetAnswered(node);
    this.tasks.set(entry.id, node);
    // Tasks restored from globalState start polling the first time the view asks for them.
    if (start) node.poller.start();
    return node;
  }

  private answer(node: TaskNode): void {
    node.markAnswered();
    this.resetAnswered(node);
    this.changed.fire(node);
  }

  /** Failures polling survives are logged and shown in the tree; others are notified, and polling stops. */
  private pollFailed(node: TaskNode, err: unknown, pollingGoesOn: boolean): void {
    node.error = isPatsnapError(err) ? err.userMessage : String(err);
    if (pollingGoesOn) this.app.log.warn(`SAR task ${node.entry.id}: ${node.error}; polling again later`);
    else showApiError(err, this.app.log, {});
    this.answer(node);
  }

  private dropTask(id: string): void {
    this.tasks.get(id)?.poller.dispose();
    this.tasks.delete(id);
  }

  dispose(): void {
    for (const task of this.tasks.values()) task.poller.dispose();
    this.tasks.clear();
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function taskItem(node: TaskNode): vscode.TreeItem {
  const { entry, detail } = node;
  const item = new vscode.TreeItem(entry.label ?? `Task ${entry.id}`, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${SAR_VIEW_ID}:${entry.id}`;
  item.iconPath = new vscode.ThemeIcon(node.error && !detail ? 'warning' : statusIcon(detail?.status));
  const status = detail ? taskStatusText(detail.status) : node.error ? 'unreachable' : 'checking…';
  // An unknown state already says that polling goes on.
  item.description = node.poller.running && detail && status === detail.status ? `${status} · polling` : status;
  item.contextValue = `sarTask;${node.poller.running ? 'polling;' : ''}${detail?.status === 'SUCCESS' ? 'success;' : ''}`;
  const lines = [`SAR extraction task ${markdownText(entry.id)}`];
  if (entry.label) lines.push(`From: ${markdownText(entry.label)}`);
  lines.push(`Status: ${markdownText(status)}`);
  if (node.error) lines.push(`Last problem: ${markdownText(node.error)}`);
  item.tooltip = inertMarkdown(lines.join('  \n'));
  return item;
}

function fileItem(file: SarFile): vscode.TreeItem {
  const item = new vscode.TreeItem(file.name ?? file.id, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(statusIcon(file.status));
  item.description = fileDescription(file);
  item.contextValue = `sarFile;${file.status === 'SUCCESS' ? 'success;' : ''}`;
  item.tooltip = inertMarkdown(`File ${markdownText(file.name ?? file.id)}  \nStatus: ${markdownText(fileDescription(file))}`);
  return item;
}
