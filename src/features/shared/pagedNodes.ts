import * as vscode from 'vscode';
import type { Pager } from '../../api';

/**
 * The "Load more" row under a paged search. After a failed page it turns into "Retry loading
 * more", so the items already loaded stay and the user can try that page again.
 */
export function loadMoreItem<T>(results: Pager<T>, command: string, node: unknown): vscode.TreeItem {
  const failed = results.state === 'failed';
  const shown = results.total !== undefined ? ` (${results.items.length} of ${results.total})` : '';
  const item = new vscode.TreeItem(failed ? 'Retry loading more' : `Load more${shown}`, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(failed ? 'refresh' : 'ellipsis');
  item.contextValue = failed ? 'loadMore;failed;' : 'loadMore;';
  item.tooltip = failed ? 'The last page failed to load; click to try it again.' : 'Fetch the next page';
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
