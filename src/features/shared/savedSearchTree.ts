import * as vscode from 'vscode';
import type { CallOptions, Page, PatsnapClient } from '../../api';
import { Pager } from '../../api';
import { showApiError } from '../../platform/errorNotifications';
import { inertTreeItem } from '../../platform/inertSurfaces';
import { SavedList } from '../../platform/savedList';
import type { SynapseSettings } from '../../platform/settings';
import { withViewProgress } from '../../platform/viewProgress';
import type { AppCore } from '../../app';
import type { PanelTarget } from './opensPanel';
import { loadMoreItem, messageItem } from './pagedNodes';

/** What differs between the Literature and Sequences views; the paging and persistence are shared. */
export interface SearchTreeConfig<Q, T> {
  readonly viewId: string;
  /** globalState key of the saved queries (never anything secret). */
  readonly storageKey: string;
  /** The command a "Load more" / retry row runs, with its search node as argument. */
  readonly loadMoreCommand: string;
  keyOf(query: Q): string;
  isQuery(value: unknown): value is Q;
  /** `settings` are read when the page is fetched (the page size is the list's, fixed when it was made). */
  fetchPage(client: PatsnapClient, query: Q, page: number, pageSize: number, options: CallOptions, settings: SynapseSettings): Promise<Page<T>>;
  searchItem(query: Q, results: Pager<T>): vscode.TreeItem;
  resultItem(result: T, query: Q): vscode.TreeItem;
  /** The empty state, naming the query ("No patents for sequence 42"). */
  emptyText(query: Q): string;
  /** "papers", "patents": used in the failure row. */
  readonly noun: string;
  /** The panel a saved search's node opens (src/features/shared/opensPanel.ts), if any. */
  searchOpens?(query: Q): PanelTarget;
  /** The panel a result's node opens, if any. */
  resultOpens?(result: T, query: Q): PanelTarget;
}

export interface SearchNode<Q, T> {
  readonly kind: 'search';
  readonly query: Q;
  results: Pager<T>;
  /** Set by refresh, so the next pages skip the client's cache. */
  bypassCache: boolean;
  /** Added in this session: shown expanded, since its results are what the user just asked for. */
  expand?: boolean;
  readonly opens?: PanelTarget;
}
export interface ResultNode<Q, T> {
  readonly kind: 'result';
  readonly search: SearchNode<Q, T>;
  readonly result: T;
  readonly opens?: PanelTarget;
}
export interface MoreNode<Q, T> {
  readonly kind: 'more';
  readonly search: SearchNode<Q, T>;
}
export interface MessageNode<Q, T> {
  readonly kind: 'message';
  readonly search: SearchNode<Q, T>;
  readonly item: vscode.TreeItem;
}
export type SearchTreeNode<Q, T> = SearchNode<Q, T> | ResultNode<Q, T> | MoreNode<Q, T> | MessageNode<Q, T>;

/** What a command returns to programmatic callers (tests): the search as the tree now shows it. */
export interface SearchSnapshot<T> {
  readonly key: string;
  readonly state: string;
  readonly total: number | undefined;
  readonly items: readonly T[];
}

/**
 * A tree of saved searches, each expanding to its results a page at a time. The first page loads
 * when the search is added or expanded; later pages through the "Load more" row. A failed page keeps
 * what was loaded and leaves a "Retry loading more" row.
 */
export class SavedSearchTree<Q, T> implements vscode.TreeDataProvider<SearchTreeNode<Q, T>>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SearchTreeNode<Q, T> | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly saved: SavedList<Q>;
  private readonly nodes = new Map<string, SearchNode<Q, T>>();
  private readonly subscription: vscode.Disposable;
  private view: vscode.TreeView<SearchTreeNode<Q, T>> | undefined;

  constructor(
    private readonly app: AppCore,
    private readonly config: SearchTreeConfig<Q, T>,
  ) {
    this.saved = new SavedList(app.globalState, config.storageKey, (q) => config.keyOf(q), (v): v is Q => config.isQuery(v));
    // New credentials or another service: what was loaded may no longer be what that service says.
    this.subscription = app.services.onDidChange(() => this.refresh());
  }

  /** The view showing this tree, so a search just added can be revealed and expanded. */
  attach(view: vscode.TreeView<SearchTreeNode<Q, T>>): void {
    this.view = view;
  }

  getTreeItem(node: SearchTreeNode<Q, T>): vscode.TreeItem {
    return inertTreeItem(this.treeItem(node));
  }

  private treeItem(node: SearchTreeNode<Q, T>): vscode.TreeItem {
    switch (node.kind) {
      case 'search': {
        const item = this.config.searchItem(node.query, node.results);
        item.id = `${this.config.viewId}:${this.config.keyOf(node.query)}`;
        if (node.expand) item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        return item;
      }
      case 'result':
        return this.config.resultItem(node.result, node.search.query);
      case 'more':
        return loadMoreItem(node.search.results, this.config.loadMoreCommand, node.search);
      case 'message':
        return node.item;
    }
  }

  async getChildren(node?: SearchTreeNode<Q, T>): Promise<SearchTreeNode<Q, T>[]> {
    if (!node) return this.saved.entries().map((q) => this.searchNode(q));
    if (node.kind !== 'search') return [];
    if (!node.results.started && node.results.state !== 'failed') await this.load(node);
    return this.childrenOf(node);
  }

  getParent(node: SearchTreeNode<Q, T>): SearchTreeNode<Q, T> | undefined {
    return node.kind === 'search' ? undefined : node.search;
  }

  /** Saves the query (moving it to the top if it was there) and loads its first page. */
  async add(query: Q): Promise<SearchNode<Q, T>> {
    await this.saved.add(query);
    const node = this.searchNode(query);
    node.results = this.newResults(query, () => node.bypassCache);
    node.expand = true;
    this.changed.fire(undefined);
    await this.load(node);
    this.changed.fire(node);
    // Show what was asked for; a view that is not visible is left alone (reveal would open it).
    if (this.view?.visible) void Promise.resolve(this.view.reveal(node, { expand: true, select: true, focus: false })).catch(() => undefined);
    return node;
  }

  async remove(target: SearchTreeNode<Q, T> | string | undefined): Promise<void> {
    const node = this.resolve(target);
    if (!node) return;
    const key = this.config.keyOf(node.query);
    await this.saved.remove(key);
    this.nodes.delete(key);
    this.changed.fire(undefined);
  }

  async loadMore(target: SearchTreeNode<Q, T> | string | undefined): Promise<SearchSnapshot<T> | undefined> {
    const search = this.resolve(target);
    if (!search) return undefined;
    await this.load(search);
    this.changed.fire(search);
    return this.snapshot(search);
  }

  /** Drops loaded pages (of one search, or all) and fetches again, past the cache. */
  refresh(target?: SearchTreeNode<Q, T> | string): void {
    const one = target === undefined ? undefined : this.resolve(target);
    if (target !== undefined && !one) return;
    const targets = one ? [one] : [...this.nodes.values()];
    for (const search of targets) {
      search.bypassCache = true;
      search.results = this.newResults(search.query, () => search.bypassCache);
    }
    this.changed.fire(one);
  }

  find(key: string): SearchNode<Q, T> | undefined {
    return this.nodes.get(key);
  }

  /**
   * The live search node for a tree node (of any kind) or a saved key. Commands get nodes back
   * from the workbench, or keys from programmatic callers; either way the current node is used.
   */
  private resolve(target: SearchTreeNode<Q, T> | string | undefined): SearchNode<Q, T> | undefined {
    if (typeof target === 'string') return this.nodes.get(target.trim());
    if (typeof target !== 'object' || target === null) return undefined;
    const query = target.kind === 'search' ? target.query : target.search?.query;
    return query === undefined ? undefined : this.nodes.get(this.config.keyOf(query));
  }

  snapshot(node: SearchNode<Q, T>): SearchSnapshot<T> {
    const { results } = node;
    return { key: this.config.keyOf(node.query), state: results.state, total: results.total, items: [...results.items] };
  }

  private childrenOf(search: SearchNode<Q, T>): SearchTreeNode<Q, T>[] {
    const { results } = search;
    if (!results.started) {
      const text = `Could not load ${this.config.noun} — click to retry`;
      const retry = { command: this.config.loadMoreCommand, title: 'Retry', arguments: [search] };
      return [{ kind: 'message', search, item: messageItem(text, 'warning', 'message;retry;', retry) }];
    }
    if (results.items.length === 0) {
      return [{ kind: 'message', search, item: messageItem(this.config.emptyText(search.query), 'info', 'message;empty;') }];
    }
    const children: SearchTreeNode<Q, T>[] = results.items.map((result) => ({
      kind: 'result', search, result, opens: this.config.resultOpens?.(result, search.query),
    }));
    if (results.hasMore) children.push({ kind: 'more', search });
    return children;
  }

  /** Fetches the next page under the view's progress bar; a failure is shown, never thrown. */
  private async load(search: SearchNode<Q, T>): Promise<boolean> {
    try {
      await withViewProgress(this.config.viewId, () => search.results.loadMore());
      return true;
    } catch (err) {
      showApiError(err, this.app.log, { retry: () => this.loadMore(search) });
      return false;
    }
  }

  private searchNode(query: Q): SearchNode<Q, T> {
    const key = this.config.keyOf(query);
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const node: SearchNode<Q, T> = {
      kind: 'search', query, bypassCache: false, results: this.newResults(query, () => node.bypassCache), opens: this.config.searchOpens?.(query),
    };
    this.nodes.set(key, node);
    return node;
  }

  private newResults(query: Q, bypassCache: () => boolean): Pager<T> {
    // The page size is fixed per result list: page numbers only line up if every page is equally long.
    const pageSize = this.app.settings().pageSize;
    return new Pager<T>(async (span, signal) => {
      const client = await this.app.services.getClient();
      return this.config.fetchPage(client, query, span.index + 1, pageSize, { signal, bypassCache: bypassCache() }, this.app.settings());
    }, { pageSize });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
