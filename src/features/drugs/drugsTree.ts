// The Drugs view on the saved-search tree engine (src/features/shared/savedSearchTree.ts): saved
// searches at the root, drugs a page at a time, and under each drug its types and its milestones,
// paged in turn. contextValue tokens are stable (`drugs.<kind>;` plus flags such as `disease;`) so
// package.json menus match them with `viewItem =~`.
import * as vscode from 'vscode';
import type { Drug, DrugType, Milestone } from '../../api';
import { DRUG_SEARCH_WINDOW, PatsnapError } from '../../api';
import type { SynapseSettings } from '../../platform/settings';
import type { PanelTarget } from '../shared/opensPanel';
import type { ChildSpec, SavedSearchTree, SearchTreeConfig, SearchTreeNode } from '../shared/savedSearchTree';
import type { SavedSearch } from './model';
import { drugDescription, drugLabel, entityLabel, milestoneDescription, milestoneDetails, milestoneLabel, searchFilterOf } from './model';
import { isSavedSearch, SAVED_SEARCHES_KEY } from './savedSearches';
import { idLines, queryLabel, savedSearchLabel } from './searchLabel';

export const DRUGS_VIEW_ID = 'synapseLens.drugs';

/** What a drug has below it: its types, the "Milestones" node, and that node's milestone rows. */
export type DrugPart =
  | { readonly kind: 'type'; readonly type: DrugType }
  | { readonly kind: 'milestones' }
  | { readonly kind: 'milestone'; readonly milestone: Milestone };

export type DrugsTree = SavedSearchTree<SavedSearch, Drug, DrugPart>;
export type DrugsNode = SearchTreeNode<SavedSearch, Drug, DrugPart>;

export const drugsTreeConfig: SearchTreeConfig<SavedSearch, Drug, DrugPart> = {
  viewId: DRUGS_VIEW_ID,
  storageKey: SAVED_SEARCHES_KEY,
  loadMoreCommand: 'synapseLens.loadMore',
  get noun() {
    return vscode.l10n.t({ message: 'drugs', comment: ['What the Drugs view lists, inside "Could not load {0}"'] });
  },
  get rowKinds() {
    return { search: vscode.l10n.t('Drug search'), result: vscode.l10n.t({ message: 'Drug', comment: ['What a screen reader calls one drug row'] }) };
  },
  keyOf: (search) => search.id,
  isQuery: isSavedSearch,
  // An equal query replaces the older entry rather than piling up duplicates.
  sameQuery: (a, b) => JSON.stringify(a.query) === JSON.stringify(b.query),
  fetchPage: (client, search, span, options) =>
    client.searchDrugs({ ...searchFilterOf(search.query), offset: span.offset, limit: span.limit }, options),
  // Drug search serves its first DRUG_SEARCH_WINDOW results only; milestones have no window.
  paging: { window: DRUG_SEARCH_WINDOW },
  emptyText: (search) => (search.query.kind === 'drug' ? vscode.l10n.t('No drug with ID {0}', search.query.drugId) : vscode.l10n.t('No drugs match this search')),
  failureText: (err) => vscode.l10n.t('Could not load: {0}', err instanceof PatsnapError ? err.userMessage : err instanceof Error ? err.message : String(err)),
  moreLayout: 'description',
  messageContext: 'drugs.message;',
  showViewOnAdd: true,
  resultKey: (drug) => `drug/${drug.id}`,
  resultOpens: (drug, _search, settings) => milestonesPanel(drug, settings),
  resultChildren,

  searchItem(search, _results, _settings, nameOf) {
    const label = savedSearchLabel(search, nameOf);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon(search.query.kind === 'drug' ? 'pinned' : 'search');
    item.contextValue = 'drugs.search;';
    // The given name and what the search asks, in words; the IDs only here, for copying.
    const asked = queryLabel(search.query, nameOf);
    item.tooltip = [label, ...(asked === label ? [] : [asked]), ...idLines(search.query)].join('\n');
    return item;
  },

  resultItem(drug, search, { language }) {
    const item = new vscode.TreeItem(drugLabel(drug, language), vscode.TreeItemCollapsibleState.Collapsed);
    item.description = drugDescription(drug, searchFilterOf(search.query), language);
    item.iconPath = new vscode.ThemeIcon('beaker');
    item.contextValue = 'drugs.drug;id;';
    const other = drug.names.filter((n) => n.name !== item.label).map((n) => `${n.lang}: ${n.name}`);
    item.tooltip = [drugLabel(drug, language), ...other, vscode.l10n.t('ID: {0}', drug.id)].join('\n');
    return item;
  },

  childItem(part, { language }) {
    const C = vscode.TreeItemCollapsibleState;
    switch (part.kind) {
      case 'type': {
        const item = new vscode.TreeItem(entityLabel(part.type, language), C.None);
        item.description = vscode.l10n.t({ message: 'drug type', comment: ['Description beside a drug type under a drug: small molecule, antibody, …'] });
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        item.contextValue = 'drugs.type;id;drugType;';
        item.tooltip = [vscode.l10n.t('Drug type {0}', entityLabel(part.type, language)), vscode.l10n.t('ID: {0}', part.type.id)].join('\n');
        return item;
      }
      case 'milestones': {
        const item = new vscode.TreeItem(vscode.l10n.t({ message: 'Milestones', comment: ['The node under a drug that lists its development milestones'] }), C.Collapsed);
        item.iconPath = new vscode.ThemeIcon('milestone');
        item.contextValue = 'drugs.milestones;';
        item.tooltip = vscode.l10n.t('Development milestones of this drug (PatSnap B074), newest first');
        return item;
      }
      case 'milestone': {
        const m = part.milestone;
        const item = new vscode.TreeItem(milestoneLabel(m, language), C.None);
        item.description = milestoneDescription(m, language);
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = `drugs.milestone;id;${m.diseases.length > 0 ? 'disease;' : ''}${m.organizations.length > 0 ? 'organization;' : ''}`;
        item.tooltip = milestoneDetails(m, language).join('\n');
        return item;
      }
    }
  },
};

/** A drug's types, then its milestones (the saved drug entry's filters apply to that drug's). */
function resultChildren(drug: Drug, search: SavedSearch): ChildSpec<DrugPart>[] {
  const query = search.query;
  const filter = query.kind === 'drug' && query.drugId === drug.id ? query.milestones : {};
  const milestones: ChildSpec<DrugPart> = {
    value: { kind: 'milestones' },
    key: 'milestones',
    pages: {
      emptyText: vscode.l10n.t('No milestones match'),
      noun: vscode.l10n.t('milestones'),
      row: vscode.l10n.t('Milestone'),
      fetchPage: async (client, span, options) => {
        const page = await client.getDrugMilestones({ sortOrder: 'desc', ...filter, drugId: drug.id, offset: span.offset, limit: span.limit }, options);
        return { items: page.items.map((milestone): DrugPart => ({ kind: 'milestone', milestone })), total: page.total };
      },
    },
  };
  return [...drug.types.map((type): ChildSpec<DrugPart> => ({ value: { kind: 'type', type }, key: `type/${type.id}` })), milestones];
}

/** The drug's milestone panel, named in the display language of the moment it is opened. */
function milestonesPanel(drug: Drug, settings: () => SynapseSettings): PanelTarget {
  return {
    panel: 'milestones',
    get init() {
      return { drugId: drug.id, drugName: drugLabel(drug, settings().language) };
    },
  };
}
