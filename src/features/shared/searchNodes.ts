// The node types of the saved-search tree engine (src/features/shared/savedSearchTree.ts). Every
// node below a saved search carries that search, so a command given any node finds its entry.
import type * as vscode from 'vscode';
import type { CallOptions, Page, Pager, Paging, PagingState, PatsnapClient } from '../../api';
import type { SynapseSettings } from '../../platform/settings';
import type { PanelTarget } from './opensPanel';

/**
 * Where a saved search's results come from. Two kinds: a Pager (src/api/paging.ts), page by page on
 * demand; or a polled source (a SAR task, src/features/sar/polledTask.ts) that the poller updates,
 * whose `loadMore` waits for its next answer.
 */
export interface ResultSource<T> {
  readonly items: readonly T[];
  /** Whether there is something to show (a page came back, or polling has begun). */
  readonly started: boolean;
  readonly state: PagingState;
  readonly total: number | undefined;
  readonly hasMore: boolean;
  /** The failure of the last attempt while `state` is `failed`. */
  readonly error: unknown;
  loadMore(): Promise<void>;
  /** Stops whatever the source runs by itself (a poller), when its node is dropped. */
  dispose?(): void;
}

export interface SearchNode<Q, T, C = never> {
  readonly kind: 'search';
  results: ResultSource<T>;
  /** The result nodes made so far, one per loaded row, kept so the workbench sees stable objects. */
  rows: ResultNode<Q, T, C>[];
  readonly query: Q;
  /** Set by refresh, so the next pages skip the client's cache. */
  bypassCache: boolean;
  /** Added in this session: shown expanded, since its results are what the user just asked for. */
  expand?: boolean;
  readonly opens?: PanelTarget;
}

export interface ResultNode<Q, T, C = never> {
  readonly kind: 'result';
  readonly search: SearchNode<Q, T, C>;
  readonly result: T;
  readonly opens?: PanelTarget;
  /** The result's children once asked for (see SearchTreeConfig.resultChildren). */
  children?: ChildNode<Q, T, C>[];
}

/**
 * A child below a result, or a row of a paged child. A paged child (`source` set) loads its rows
 * through its own pager; a plain child has no children.
 */
export interface ChildNode<Q, T, C = never> {
  readonly kind: 'child';
  readonly search: SearchNode<Q, T, C>;
  readonly parent: ResultNode<Q, T, C> | ChildNode<Q, T, C>;
  readonly value: C;
  /** Where in its parent's children it sits: with the parent's id, the tree item's id. */
  readonly key: string;
  readonly source?: ChildPages<C>;
  results?: Pager<C>;
  /** The row nodes of a paged child made so far. */
  rows?: ChildNode<Q, T, C>[];
  readonly opens?: PanelTarget;
}

/** The "Load more" / "Retry loading more" row of a paged node. */
export interface MoreNode<Q, T, C = never> {
  readonly kind: 'more';
  readonly search: SearchNode<Q, T, C>;
  readonly owner: SearchNode<Q, T, C> | ChildNode<Q, T, C>;
}

/** A row that only says something: an empty state or a failure. */
export interface MessageNode<Q, T, C = never> {
  readonly kind: 'message';
  readonly search: SearchNode<Q, T, C>;
  readonly owner: SearchNode<Q, T, C> | ChildNode<Q, T, C>;
  readonly item: vscode.TreeItem;
}

export type SearchTreeNode<Q, T, C = never> =
  | SearchNode<Q, T, C> | ResultNode<Q, T, C> | ChildNode<Q, T, C> | MoreNode<Q, T, C> | MessageNode<Q, T, C>;

/** A paged child's rows: how to fetch a page of them and what to say when there are none. */
export interface ChildPages<C> {
  fetchPage(client: PatsnapClient, span: { offset: number; limit: number; index: number }, options: CallOptions, settings: SynapseSettings): Promise<Page<C>>;
  readonly emptyText: string;
  /** What a screen reader calls its rows: "milestones" (what "Load more" loads), and one "Milestone". */
  readonly noun?: string;
  readonly row?: string;
  /** Rows past which nothing is asked (the page size is the settings'). */
  readonly paging?: Omit<Paging, 'pageSize'>;
}

/** One child a result has: its value, a key unique among its siblings, and its pages if it is paged. */
export interface ChildSpec<C> {
  readonly value: C;
  readonly key: string;
  readonly pages?: ChildPages<C>;
  readonly opens?: PanelTarget;
}

/** What a command returns to programmatic callers (tests): the search as the tree now shows it. */
export interface SearchSnapshot<T> {
  readonly key: string;
  readonly state: string;
  readonly total: number | undefined;
  readonly items: readonly T[];
}

/** A node whose results are paged or polled: a saved search, or a result's paged child. */
export type Owner<Q, T, C> = SearchNode<Q, T, C> | ChildNode<Q, T, C>;

export const searchOf = <Q, T, C>(owner: Owner<Q, T, C>): SearchNode<Q, T, C> => (owner.kind === 'search' ? owner : owner.search);

/** The paged node a row belongs to: the nearest paged child above it (a drug's milestones), else its search. */
export function pagedOwnerOf<Q, T, C>(search: SearchNode<Q, T, C>, node: SearchTreeNode<Q, T, C>): Owner<Q, T, C> {
  let at: SearchTreeNode<Q, T, C> | undefined = node;
  while (at && at.kind !== 'search') {
    if (at.kind === 'child' && at.source) return at;
    at = at.kind === 'more' || at.kind === 'message' ? at.owner : at.kind === 'child' ? at.parent : undefined;
  }
  return search;
}
