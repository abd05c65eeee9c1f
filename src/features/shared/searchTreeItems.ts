// How the saved-search tree engine (savedSearchTree.ts) turns its nodes into tree items and ids.
import * as vscode from 'vscode';
import type { Pager } from '../../api';
import type { SynapseSettings } from '../../platform/settings';
import { loadMoreItem } from './pagedNodes';
import type { ChildNode, SearchNode, SearchTreeNode } from './searchNodes';
import type { NameOf, SearchTreeConfig } from './searchTreeConfig';

/** A node's tree item as its view's config draws it; the engine's own rows (Load more, messages) as the engine does. */
export function treeItemOf<Q, T, C>(
  node: SearchTreeNode<Q, T, C>,
  config: SearchTreeConfig<Q, T, C>,
  settings: SynapseSettings,
  pagerOf: (owner: SearchNode<Q, T, C> | ChildNode<Q, T, C>) => Pager<unknown>,
  names: NameOf,
): vscode.TreeItem {
  switch (node.kind) {
    case 'search': {
      const item = config.searchItem(node.query, node.results, settings, names);
      if (node.expand) item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
      return item;
    }
    case 'result':
      return config.resultItem(node.result, node.search.query, settings);
    case 'child':
      return config.childItem?.(node.value, settings) ?? new vscode.TreeItem(node.key);
    case 'more':
      return loadMoreItem(pagerOf(node.owner), config.loadMoreCommand, node, config.moreLayout);
    case 'message':
      return node.item;
  }
}

/** Ids follow the path from the saved search, so the workbench keeps expansion across reloads. */
export function treeIdOf<Q, T, C>(node: SearchTreeNode<Q, T, C>, config: SearchTreeConfig<Q, T, C>): string | undefined {
  switch (node.kind) {
    case 'search':
      return `${config.viewId}:${config.keyOf(node.query)}`;
    case 'result': {
      const key = config.resultKey?.(node.result);
      return key === undefined ? undefined : `${treeIdOf(node.search, config)}/${key}`;
    }
    case 'child': {
      const parent = treeIdOf(node.parent, config);
      return parent === undefined ? undefined : `${parent}/${node.key}`;
    }
    default:
      return undefined;
  }
}
