// The Drugs view's data provider: saved searches at the root, pages fetched on expand and on
// "Load more". A failed page keeps what was loaded; only the node that changed is refreshed.
import * as vscode from 'vscode';
import type { DrugMilestonePage, DrugSearchPage, PageSpan, Paging, PatsnapClient } from '../../api';
import { DRUG_SEARCH_WINDOW, firstSpan, nextSpan, PatsnapError } from '../../api';
import type { ServiceHost } from '../../platform/serviceHost';
import type { SynapseSettings } from '../../platform/settings';
import type { DrugNode, DrugsNode, MessageNode, MilestoneNode, MilestonesNode, MoreNode, PagedNode, SearchNode } from './nodes';
import { parentOf, toTreeItem } from './nodes';
import { inertTreeItem } from '../../platform/inertSurfaces';
import type { SavedSearch } from './model';
import { drugLabel, searchFilterOf } from './model';

export const DRUGS_VIEW_ID = 'synapseLens.drugs';

interface Pages<T> {
  readonly items: T[];
  total: number | undefined;
  /** The next page to ask for, by the one stop rule (src/api/paging.ts); undefined after the last. */
  next: PageSpan | undefined;
  /** The last page failed: shown as an error (first page) or as "Retry loading more". */
  error: unknown;
  loading: Promise<void> | undefined;
}

export interface DrugsTreeDeps {
  readonly services: ServiceHost;
  readonly settings: () => SynapseSettings;
  readonly searches: () => readonly SavedSearch[];
  /** Reports a failure to the user (notification with Retry / Set Credentials / Show Log). */
  readonly reportError: (err: unknown, retry: () => unknown) => void;
}

export class DrugsTreeProvider implements vscode.TreeDataProvider<DrugsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DrugsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly searchNodes = new Map<string, SearchNode>();
  private readonly pages = new Map<PagedNode, Pages<DrugNode | MilestoneNode>>();
  private readonly milestoneNodes = new Map<DrugNode, MilestonesNode>();

  constructor(private readonly deps: DrugsTreeDeps) {}

  getTreeItem(node: DrugsNode): vscode.TreeItem {
    return inertTreeItem(toTreeItem(node, this.deps.settings().language));
  }

  getParent(node: DrugsNode): DrugsNode | undefined {
    return parentOf(node);
  }

  async getChildren(node?: DrugsNode): Promise<DrugsNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'search':
      case 'milestones': {
        const pages = this.pagesOf(node);
        if (pages.items.length === 0 && pages.error === undefined && pages.next) await this.loadNext(node, false);
        return this.pagedChildren(node, pages);
      }
      case 'drug':
        return [...node.drug.types.map((type) => ({ kind: 'type' as const, parent: node, type })), this.milestonesOf(node)];
      default:
        return [];
    }
  }

  /** The saved search's node, for reveal after adding it. */
  nodeFor(search: SavedSearch): SearchNode {
    let node = this.searchNodes.get(search.id);
    if (!node || node.search !== search) {
      node = { kind: 'search', search };
      this.searchNodes.set(search.id, node);
    }
    return node;
  }

  milestonesOf(drug: DrugNode): MilestonesNode {
    let node = this.milestoneNodes.get(drug);
    if (!node) {
      node = { kind: 'milestones', parent: drug };
      this.milestoneNodes.set(drug, node);
    }
    return node;
  }

  /** Loads the first page of a search (if needed) and returns its first drug node, for reveal. */
  async firstDrugOf(search: SearchNode): Promise<DrugNode | undefined> {
    const children = await this.getChildren(search);
    return children.find((c): c is DrugNode => c.kind === 'drug');
  }

  /** "Load more" / "Retry loading more": fetches the next page of the node's parent. */
  async loadMore(node: MoreNode | PagedNode): Promise<void> {
    const owner = node.kind === 'more' ? node.parent : node;
    await this.loadNext(owner, true);
  }

  /** Drops every loaded page; with `node`, only that subtree. */
  refresh(node?: PagedNode): void {
    if (node) {
      this.pages.delete(node);
      this.changed.fire(node);
      return;
    }
    this.pages.clear();
    this.milestoneNodes.clear();
    this.changed.fire(undefined);
  }

  /** Labels only (e.g. the display language changed): keeps what was loaded. */
  relabel(): void {
    this.changed.fire(undefined);
  }

  private roots(): SearchNode[] {
    const searches = this.deps.searches();
    const live = new Set(searches.map((s) => s.id));
    for (const [id, node] of this.searchNodes) if (!live.has(id)) {
      this.searchNodes.delete(id);
      this.pages.delete(node);
    }
    return searches.map((s) => this.nodeFor(s));
  }

  private pagesOf(node: PagedNode): Pages<DrugNode | MilestoneNode> {
    let pages = this.pages.get(node);
    if (!pages) {
      pages = { items: [], total: undefined, next: firstSpan(this.pagingOf(node)), error: undefined, loading: undefined };
      this.pages.set(node, pages);
    }
    return pages;
  }

  private pagedChildren(node: PagedNode, pages: Pages<DrugNode | MilestoneNode>): DrugsNode[] {
    const children: DrugsNode[] = [...pages.items];
    if (pages.items.length === 0 && pages.error !== undefined) {
      children.push(message(node, `Could not load: ${errorText(pages.error)}`, 'error'));
      children.push({ kind: 'more', parent: node, failed: true, loaded: 0, total: pages.total });
    } else if (pages.items.length === 0) {
      children.push(message(node, emptyText(node), 'info'));
    } else if (pages.next || pages.error !== undefined) {
      children.push({ kind: 'more', parent: node, failed: pages.error !== undefined, loaded: pages.items.length, total: pages.total });
    }
    return children;
  }

  private loadNext(owner: PagedNode, fireChange: boolean): Promise<void> {
    const pages = this.pagesOf(owner);
    if (pages.loading) return pages.loading;
    const loading = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: DRUGS_VIEW_ID } }, () => this.fetchPage(owner, pages)),
    ).then(() => {
      pages.loading = undefined;
      if (fireChange) this.changed.fire(owner);
    });
    pages.loading = loading;
    return loading;
  }

  private async fetchPage(owner: PagedNode, pages: Pages<DrugNode | MilestoneNode>): Promise<void> {
    const asked = pages.next;
    if (!asked) return;
    try {
      const client = await this.deps.services.getClient();
      if (owner.kind === 'search') {
        const page: DrugSearchPage = await client.searchDrugs({ ...searchFilterOf(owner.search.query), offset: asked.offset, limit: asked.limit });
        const lang = () => this.deps.settings().language;
        pages.items.push(...page.items.map((drug): DrugNode => ({
          kind: 'drug', parent: owner, drug,
          get opens() {
            return { panel: 'milestones' as const, init: { drugId: drug.id, drugName: drugLabel(drug, lang()) } };
          },
        })));
        pages.total = page.total;
        pages.next = nextSpan(asked, page, this.pagingOf(owner));
      } else {
        const page = await this.fetchMilestones(client, owner, asked);
        const start = pages.items.length;
        pages.items.push(...page.items.map((milestone, i): MilestoneNode => ({ kind: 'milestone', parent: owner, milestone, index: start + i })));
        pages.total = page.total;
        pages.next = nextSpan(asked, page, this.pagingOf(owner));
      }
      pages.error = undefined;
    } catch (err) {
      pages.error = err;
      this.deps.reportError(err, () => this.loadMore(owner));
    }
  }

  /** Drug search serves its first DRUG_SEARCH_WINDOW results only; milestones have no window. */
  private pagingOf(node: PagedNode): Paging {
    const { pageSize } = this.deps.settings();
    return node.kind === 'search' ? { pageSize, window: DRUG_SEARCH_WINDOW } : { pageSize };
  }

  private fetchMilestones(client: PatsnapClient, owner: MilestonesNode, asked: PageSpan): Promise<DrugMilestonePage> {
    const query = owner.parent.parent.search.query;
    const filter = query.kind === 'drug' && query.drugId === owner.parent.drug.id ? query.milestones : {};
    return client.getDrugMilestones({ sortOrder: 'desc', ...filter, drugId: owner.parent.drug.id, offset: asked.offset, limit: asked.limit });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function message(parent: PagedNode, text: string, icon: string): MessageNode {
  return { kind: 'message', parent, text, icon };
}

function emptyText(node: PagedNode): string {
  if (node.kind === 'milestones') return 'No milestones match';
  const query = node.search.query;
  return query.kind === 'drug' ? `No drug with ID ${query.drugId}` : 'No drugs match this search';
}

function errorText(err: unknown): string {
  if (err instanceof PatsnapError) return err.userMessage;
  return err instanceof Error ? err.message : String(err);
}
