// Ties the Drugs view together: the saved-search list in globalState, the tree provider and its
// TreeView. One per window, built by createApp (src/app.ts).
import * as vscode from 'vscode';
import { onSettingsChanged } from '../../platform/settings';
import { showApiError } from '../../platform/errorNotifications';
import { StateStore } from '../../platform/stateStore';
import type { AppCore } from '../../app';
import type { SavedSearch } from './model';
import { SAVED_SEARCHES_KEY, addSearch, isSavedSearchList, removeSearch } from './savedSearches';
import type { DrugNode, DrugsNode, SearchNode } from './nodes';
import { DRUGS_VIEW_ID, DrugsTreeProvider } from './tree';

export class DrugsController implements vscode.Disposable {
  private readonly store: StateStore<SavedSearch[]>;
  readonly provider: DrugsTreeProvider;
  readonly view: vscode.TreeView<DrugsNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private serviceKey: string | undefined;

  constructor(private readonly app: AppCore) {
    this.store = new StateStore(app.globalState, SAVED_SEARCHES_KEY, [], isSavedSearchList);
    this.provider = new DrugsTreeProvider({
      services: app.services,
      settings: app.settings,
      searches: () => this.store.get(),
      reportError: (err, retry) => showApiError(err, app.log, { retry }),
    });
    this.view = vscode.window.createTreeView(DRUGS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions.push(
      this.provider,
      this.view,
      // A different service or account means different answers: reload. Otherwise (language,
      // page size, timeouts) keep what was loaded and only redraw the labels.
      app.services.onDidChange(() => void this.onServiceChanged()),
      onSettingsChanged(() => this.provider.relabel()),
    );
    void this.currentServiceKey().then((key) => (this.serviceKey = key));
  }

  /** Saves the entry at the top of the view, shows the view and expands the entry. */
  async add(entry: SavedSearch): Promise<SearchNode> {
    await this.store.set(addSearch(this.store.get(), entry));
    this.provider.refresh();
    const node = this.provider.nodeFor(entry);
    await this.reveal(node, true);
    return node;
  }

  async remove(id: string): Promise<void> {
    await this.store.set(removeSearch(this.store.get(), id));
    this.provider.refresh();
  }

  /** Reveals a drug entry's drug and its milestones (expanded). */
  async revealMilestones(search: SearchNode): Promise<DrugNode | undefined> {
    const drug = await this.provider.firstDrugOf(search);
    if (drug) await this.reveal(this.provider.milestonesOf(drug), true);
    return drug;
  }

  private async reveal(node: DrugsNode, expand: boolean): Promise<void> {
    try {
      await this.view.reveal(node, { expand, focus: false, select: true });
    } catch (err) {
      // The view may be hidden or not resolved yet; the entry is saved either way.
      this.app.log.debug(`Drugs view: could not reveal: ${String(err)}`);
    }
  }

  private async onServiceChanged(): Promise<void> {
    const key = await this.currentServiceKey();
    if (key !== this.serviceKey) {
      this.serviceKey = key;
      this.provider.refresh();
    } else {
      this.provider.relabel();
    }
  }

  private async currentServiceKey(): Promise<string> {
    const d = await this.app.services.describe();
    return `${d.kind}|${d.kind === 'patsnap' ? d.baseUrl ?? '' : ''}|${String(d.signedIn)}`;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
