// How the saved-search tree engine (savedSearchTree.ts) turns its nodes into tree items and ids.
import * as vscode from 'vscode';
import type { Pager } from '../../api';
import type { SynapseSettings } from '../../platform/settings';
import { loadMoreItem } from './pagedNodes';
import type { ChildNode, SearchNode, SearchTreeNode } from './searchNodes';
import type { NameOf, SearchTreeConfig } from './searchTreeConfig';
import { spokenChildOf, spokenLoadMore, spokenRow } from './spokenNames';

/** What drawing a row needs besides the row: its view's config, the settings, the pagers, the names. */
export interface ItemContext<Q, T, C> {
  readonly config: SearchTreeConfig<Q, T, C>;
  readonly settings: SynapseSettings;
  readonly pagerOf: (owner: SearchNode<Q, T, C> | ChildNode<Q, T, C>) => Pager<unknown>;
  readonly names: NameOf;
}

/**
 * A node's tree item as its view's config draws it; the engine's own rows (Load more, messages) as
 * the engine does. Every row gets the name a screen reader says (spokenNames.ts), unless the
 * view's config gave it one.
 */
export function treeItemOf<Q, T, C>(node: SearchTreeNode<Q, T, C>, context: ItemContext<Q, T, C>): vscode.TreeItem {
  const item = drawnItem(node, context);
  item.accessibilityInformation ??= { label: spokenName(node, item, context) };
  return item;
}

function drawnItem<Q, T, C>(node: SearchTreeNode<Q, T, C>, { config, settings, pagerOf, names }: ItemContext<Q, T, C>): vscode.TreeItem {
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

/** A tree item's label as text. */
export const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
/** A tree item's description as text, when it has one. */
export const descriptionOf = (item: vscode.TreeItem): string | undefined => (typeof item.description === 'string' ? item.description : undefined);

/** What a screen reader says for the row: its kind where the label alone does not say, label, description. */
function spokenName<Q, T, C>(node: SearchTreeNode<Q, T, C>, item: vscode.TreeItem, context: ItemContext<Q, T, C>): string {
  const { config, pagerOf } = context;
  const label = labelOf(item);
  switch (node.kind) {
    case 'search':
      return spokenRow(config.rowKinds?.search, label, descriptionOf(item));
    case 'result':
      return spokenRow(config.rowKinds?.result, label, descriptionOf(item));
    case 'child': {
      if (node.source) return spokenChildOf(label, labelOf(drawnItem(node.parent, context)));
      const rowOf = node.parent.kind === 'child' ? node.parent.source?.row : undefined;
      return spokenRow(rowOf, label, descriptionOf(item));
    }
    case 'more': {
      const owner = node.owner;
      const pages = owner.kind === 'child' ? owner.source : undefined;
      return spokenLoadMore(pagerOf(owner), `${label} ${descriptionOf(item) ?? ''}`, pages?.noun ?? config.noun);
    }
    case 'message':
      return label;
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
