import * as vscode from 'vscode';
import type { Pager } from '../../api';
import { showApiError } from '../../platform/errorNotifications';
import { inertTreeItem } from '../../platform/inertSurfaces';
import { ServiceSavedList } from '../../platform/serviceSavedList';
import { onSettingsChanged } from '../../platform/settings';
import { withViewProgress } from '../../platform/viewProgress';
import type { AppCore } from '../../app';
import { pagedChildren } from './pagedNodes';
import { pagedOwnerOf, searchOf } from './searchNodes';
import type { ChildNode, Owner, ResultNode, ResultSource, SearchNode, SearchSnapshot, SearchTreeNode } from './searchNodes';
import { NO_NAMES, nameIn } from './searchTreeConfig';
import type { SearchTreeConfig, TreeNames } from './searchTreeConfig';
import { descriptionOf, labelOf, treeIdOf, treeItemOf } from './searchTreeItems';
import { treePager } from './treePager';

/** The text of a row that names can change: its label and description. */
const drawnText = (item: vscode.TreeItem): string => `${labelOf(item)}\n${descriptionOf(item) ?? ''}`;

export type { ChildNode, ChildSpec, MessageNode, MoreNode, ResultNode, SearchNode, SearchSnapshot, SearchTreeNode } from './searchNodes';
export type { ResultSource } from './searchNodes';
export type { NameOf, SearchTreeConfig, StatusRow, TreeNames } from './searchTreeConfig';

/**
 * A tree of saved searches, each expanding to its results a page at a time; a result may have
 * children, some of them paged in turn. A page loads when its node is added or expanded; later
 * pages through the "Load more" row. A failed page keeps what was loaded and leaves a "Retry
 * loading more" row. New services or credentials reload; other settings only redraw the labels.
 */
export class SavedSearchTree<Q, T, C = never> implements vscode.TreeDataProvider<SearchTreeNode<Q, T, C>>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SearchTreeNode<Q, T, C> | SearchTreeNode<Q, T, C>[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly saved: ServiceSavedList<Q>;
  private readonly nodes = new Map<string, SearchNode<Q, T, C>>();
  /** What each saved search was last drawn with, so a new name redraws only the ones it changes. */
  private readonly drawnLabels = new WeakMap<SearchNode<Q, T, C>, string>();
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<SearchTreeNode<Q, T, C>> | undefined;

  constructor(
    private readonly app: AppCore,
    private readonly config: SearchTreeConfig<Q, T, C>,
    private readonly names: TreeNames = NO_NAMES,
  ) {
    this.saved = new ServiceSavedList(app.globalState, config.storageKey, (q) => config.keyOf(q), (v): v is Q => config.isQuery(v), () => app.settings().service);
    this.subscriptions = [
      // A name given or learned, or another dictionary: saved searches' labels are drawn from names.
      names.onDidChange(() => this.redrawRenamed()),
      // New credentials or another service: what was loaded may no longer be what that service says.
      app.services.onDidChange(() => this.refresh()),
      // Language and the like: keep what was loaded, redraw the labels.
      onSettingsChanged(() => this.changed.fire(undefined)),
    ];
  }

  /** Shows the tree in its view (config.viewId); kept so a search just added can be revealed. */
  createView(): vscode.Disposable {
    this.view = vscode.window.createTreeView(this.config.viewId, { treeDataProvider: this, showCollapseAll: true });
    return this.view;
  }

  getTreeItem(node: SearchTreeNode<Q, T, C>): vscode.TreeItem {
    const settings = this.app.settings();
    const item = treeItemOf(node, { config: this.config, settings, pagerOf: (owner) => this.pagerOf(owner), names: nameIn(this.names, settings.language) });
    const id = treeIdOf(node, this.config);
    if (id !== undefined) item.id = id;
    const drawn = inertTreeItem(item);
    if (node.kind === 'search') this.drawnLabels.set(node, drawnText(drawn));
    return drawn;
  }

  /**
   * Redraws the saved searches whose label a name changed, and nothing else: results carry the
   * names their answers brought. Redrawing the whole view instead (as every answer that teaches a
   * name would) lets VS Code forget the rows for a moment, and a context-menu command chosen then
   * arrives without its row.
   */
  private redrawRenamed(): void {
    const renamed = [...this.nodes.values()].filter((node) => {
      const before = this.drawnLabels.get(node);
      return before !== undefined && before !== drawnText(this.getTreeItem(node));
    });
    if (renamed.length > 0) this.changed.fire(renamed);
  }

  async getChildren(node?: SearchTreeNode<Q, T, C>): Promise<SearchTreeNode<Q, T, C>[]> {
    if (!node) return this.saved.entries().map((q) => this.searchNode(q));
    if (node.kind === 'result') return this.resultChildren(node);
    if (node.kind === 'search' || (node.kind === 'child' && node.source)) {
      const results = this.sourceOf(node);
      if (!results.started && results.state !== 'failed') await this.load(node);
      return this.pagedChildren(node);
    }
    return [];
  }

  getParent(node: SearchTreeNode<Q, T, C>): SearchTreeNode<Q, T, C> | undefined {
    switch (node.kind) {
      case 'search':
        return undefined;
      case 'result':
        return node.search;
      case 'child':
        return node.parent;
      default:
        return node.owner;
    }
  }

  /** Saves the query (moving it to the top if it was there) and loads its first page. */
  async add(query: Q): Promise<SearchNode<Q, T, C>> {
    for (const old of this.saved.entries()) {
      if (this.config.sameQuery?.(old, query) && this.config.keyOf(old) !== this.config.keyOf(query)) await this.forget(this.config.keyOf(old));
    }
    await this.saved.add(query);
    // A fresh node: the entry saved now (a SAR task's new label) and its first page or answer.
    this.drop(this.config.keyOf(query));
    const node = this.searchNode(query);
    node.expand = true;
    this.changed.fire(undefined);
    await this.load(node);
    this.changed.fire(node);
    void this.reveal(node);
    return node;
  }

  /** Shows a node expanded and selected; a hidden view only if the config says so (reveal opens it). */
  async reveal(node: SearchTreeNode<Q, T, C>): Promise<void> {
    if (!this.view || (!this.view.visible && !this.config.showViewOnAdd)) return;
    try {
      await this.view.reveal(node, { expand: true, select: true, focus: false });
    } catch (err) {
      this.app.log.debug(`${this.config.viewId}: could not reveal: ${String(err)}`);
    }
  }

  async remove(target: SearchTreeNode<Q, T, C> | string | undefined): Promise<void> {
    const node = this.resolve(target);
    if (!node) return;
    await this.forget(this.config.keyOf(node.query));
    this.changed.fire(undefined);
  }

  private async forget(key: string): Promise<void> {
    await this.saved.remove(key);
    this.drop(key);
  }

  private drop(key: string): void {
    this.nodes.get(key)?.results.dispose?.();
    this.nodes.delete(key);
  }

  /** "Load more" / "Retry": the next page of the paged node the target is under (a drug's milestones, or the search). */
  async loadMore(target: SearchTreeNode<Q, T, C> | string | undefined): Promise<SearchSnapshot<T> | undefined> {
    const owner = this.ownerOf(target);
    if (!owner) return undefined;
    await this.load(owner);
    this.changed.fire(owner);
    return this.snapshot(searchOf(owner));
  }

  /** Drops loaded pages (of one search or paged child, or all) and fetches again, past the cache. */
  refresh(target?: SearchTreeNode<Q, T, C> | string): void {
    if (target === undefined) {
      for (const search of this.nodes.values()) {
        search.bypassCache = true;
        this.reset(search);
      }
      this.changed.fire(undefined);
      return;
    }
    const owner = this.ownerOf(target);
    if (!owner) return;
    searchOf(owner).bypassCache = true;
    this.reset(owner);
    this.changed.fire(owner);
  }

  find(key: string): SearchNode<Q, T, C> | undefined {
    return this.nodes.get(key);
  }

  snapshot(node: SearchNode<Q, T, C>): SearchSnapshot<T> {
    const { results } = node;
    return { key: this.config.keyOf(node.query), state: results.state, total: results.total, items: [...results.items] };
  }

  /** A result's children, made once per result so the workbench (and reveal) see the same objects. */
  resultChildren(node: ResultNode<Q, T, C>): ChildNode<Q, T, C>[] {
    node.children ??= (this.config.resultChildren?.(node.result, node.search.query) ?? []).map((spec) => ({
      kind: 'child', search: node.search, parent: node, value: spec.value, key: spec.key, source: spec.pages, opens: spec.opens,
    }));
    return node.children;
  }

  /**
   * The live search node for a tree node (of any kind) or a saved key. Commands get nodes back
   * from the workbench, or keys from programmatic callers; either way the current node is used.
   */
  private resolve(target: SearchTreeNode<Q, T, C> | string | undefined): SearchNode<Q, T, C> | undefined {
    if (typeof target === 'string') return this.nodes.get(target.trim());
    if (typeof target !== 'object' || target === null) return undefined;
    const query = target.kind === 'search' ? target.query : target.search?.query;
    return query === undefined ? undefined : this.nodes.get(this.config.keyOf(query));
  }

  /** The paged node a target's "Load more" or refresh is about: a paged child, or the search. */
  private ownerOf(target: SearchTreeNode<Q, T, C> | string | undefined): Owner<Q, T, C> | undefined {
    const search = this.resolve(target);
    return search && typeof target === 'object' ? pagedOwnerOf(search, target) : search;
  }

  private pagedChildren(owner: Owner<Q, T, C>): SearchTreeNode<Q, T, C>[] {
    return pagedChildren(owner, this.sourceOf(owner), this.config, () => this.rowsOf(owner));
  }

  /** One node per loaded row, made once: results of a search, or rows of a paged child. */
  private rowsOf(owner: Owner<Q, T, C>): SearchTreeNode<Q, T, C>[] {
    if (owner.kind === 'search') {
      // Pages only append, but a polled source replaces its items with each answer: keep a node
      // only while it still shows the same item.
      const previous = owner.rows;
      owner.rows = owner.results.items.map((result, i) => {
        const kept = previous[i];
        return kept?.result === result ? kept : { kind: 'result', search: owner, result, opens: this.config.resultOpens?.(result, owner.query, this.app.settings) };
      });
      return owner.rows;
    }
    const rows = (owner.rows ??= []);
    for (const value of this.pagerOf<C>(owner).items.slice(rows.length)) {
      rows.push({ kind: 'child', search: owner.search, parent: owner, value, key: String(rows.length) });
    }
    return rows;
  }

  /** Fetches the next page under the view's progress bar; a failure is shown, never thrown. */
  private async load(owner: Owner<Q, T, C>): Promise<void> {
    try {
      await withViewProgress(this.config.viewId, () => this.sourceOf(owner).loadMore());
    } catch (err) {
      showApiError(err, this.app.log, { retry: () => this.loadMore(owner) });
    }
  }

  private searchNode(query: Q): SearchNode<Q, T, C> {
    const key = this.config.keyOf(query);
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const node: SearchNode<Q, T, C> = {
      kind: 'search', query, bypassCache: false, rows: [], results: this.newSource(query), opens: this.config.searchOpens?.(query),
    };
    this.nodes.set(key, node);
    return node;
  }

  /** Forgets what an owner loaded (and, for a search, everything below it). */
  private reset(owner: Owner<Q, T, C>): void {
    owner.rows = [];
    if (owner.kind === 'search') {
      owner.results.dispose?.();
      owner.results = this.newSource(owner.query);
    } else {
      owner.results = undefined;
    }
  }

  /** The rows' source of a search or a paged child (made on first use for the child). */
  private sourceOf(owner: Owner<Q, T, C>): ResultSource<unknown> {
    return owner.kind === 'search' ? owner.results : this.pagerOf(owner);
  }

  /** A paged node's pager: a "Load more" row is only ever under one. */
  private pagerOf<R>(owner: Owner<Q, T, C>): Pager<R> {
    if (owner.kind === 'search') return owner.results as unknown as Pager<R>;
    const source = owner.source;
    if (!source) throw new Error('not a paged child');
    const search = owner.search;
    owner.results ??= treePager<C>(this.app, (client, span, options, settings) => source.fetchPage(client, span, options, settings), () => search.bypassCache, source.paging);
    return owner.results as unknown as Pager<R>;
  }

  private newSource(query: Q): ResultSource<T> {
    // Read when used: searchNode makes the source before the node is in `nodes`.
    const search = () => this.nodes.get(this.config.keyOf(query));
    const { source, fetchPage } = this.config;
    if (source) return source(query, () => this.changed.fire(search()));
    if (!fetchPage) throw new Error(`${this.config.viewId}: a view needs fetchPage or source`);
    return treePager(this.app, (client, span, options, settings) => fetchPage(client, query, span, options, settings), () => search()?.bypassCache ?? false, this.config.paging);
  }

  dispose(): void {
    for (const key of [...this.nodes.keys()]) this.drop(key);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
