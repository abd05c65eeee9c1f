import * as vscode from 'vscode';
import type { Pager } from '../../api';
import { searchOf } from './searchNodes';
import type { MessageNode, Owner, ResultSource, SearchTreeNode } from './searchNodes';
import type { SearchTreeConfig } from './searchTreeConfig';

/** Where "Load more" shows how much is loaded: in its label, or (Drugs) as its description. */
export type MoreLayout = 'label' | 'description';

/**
 * The "Load more" row under a paged node. After a failed page it turns into "Retry loading
 * more", so the items already loaded stay and the user can try that page again.
 */
export function loadMoreItem<T>(results: Pager<T>, command: string, node: unknown, layout: MoreLayout = 'label'): vscode.TreeItem {
  const failed = results.state === 'failed';
  const loaded = results.items.length;
  const count = results.total !== undefined ? vscode.l10n.t('({0} of {1})', loaded, results.total) : layout === 'description' ? vscode.l10n.t('({0} shown)', loaded) : '';
  const inLabel = layout === 'label' && count !== '' ? ` ${count}` : '';
  const item = new vscode.TreeItem(failed ? vscode.l10n.t('Retry loading more') : `${vscode.l10n.t('Load more')}${inLabel}`, vscode.TreeItemCollapsibleState.None);
  if (layout === 'description') item.description = count;
  item.iconPath = new vscode.ThemeIcon(failed ? 'refresh' : 'ellipsis');
  item.contextValue = failed ? 'loadMore;failed;' : 'loadMore;';
  item.tooltip = failed ? vscode.l10n.t('The last page failed to load; click to try it again.') : vscode.l10n.t('Fetch the next page');
  item.command = { command, title: item.label as string, arguments: [node] };
  return item;
}

/** A row that only says something: an empty state, or a first page that failed. */
export function messageItem(text: string, icon: string, contextValue: string, command?: vscode.Command): vscode.TreeItem {
  const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = contextValue;
  if (command) item.command = command;
  return item;
}

/**
 * What a paged node (a search, or a paged child such as a drug's milestones) shows under it: its
 * status row (a SAR task still running), a failed first page, its empty text, or its rows and Load more.
 */
export function pagedChildren<Q, T, C>(
  owner: Owner<Q, T, C>,
  results: ResultSource<unknown>,
  config: SearchTreeConfig<Q, T, C>,
  rows: () => readonly SearchTreeNode<Q, T, C>[],
): SearchTreeNode<Q, T, C>[] {
  const search = searchOf(owner);
  const message = (text: string, icon: string, flags: string, command?: vscode.Command): MessageNode<Q, T, C> =>
    ({ kind: 'message', search, owner, item: messageItem(text, icon, `${config.messageContext ?? 'message;'}${flags}`, command) });
  const status = owner.kind === 'search' ? config.statusRow?.(owner.query, owner.results) : undefined;
  if (status) return [message(status.text, status.icon, status.flags)];
  if (!results.started) {
    if (config.failureText) return [message(config.failureText(results.error), 'error', 'error;'), { kind: 'more', search, owner }];
    const retry = { command: config.loadMoreCommand, title: vscode.l10n.t('Retry'), arguments: [owner] };
    return [message(vscode.l10n.t('Could not load {0} — click to retry', config.noun), 'warning', 'retry;', retry)];
  }
  if (results.items.length === 0) {
    const text = owner.kind === 'child' ? owner.source?.emptyText ?? '' : config.emptyText(owner.query);
    return [message(text, 'info', 'empty;')];
  }
  const children = [...rows()];
  if (results.hasMore) children.push({ kind: 'more', search, owner });
  return children;
}
