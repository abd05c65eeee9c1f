// The Drugs view's node types and how each becomes a TreeItem. contextValue tokens are stable
// (`drugs.<kind>;` plus flags such as `disease;`) so package.json menus match them with `viewItem =~`.
import * as vscode from 'vscode';
import type { Drug, DrugType, Milestone } from '../../api';
import type { PanelTarget } from '../shared/opensPanel';
import type { Language, SavedSearch } from './model';
import { drugDescription, drugLabel, entityLabel, milestoneDescription, milestoneDetails, milestoneLabel, searchFilterOf } from './model';

export interface SearchNode { readonly kind: 'search'; readonly search: SavedSearch }
/** `opens`: the drug's milestone panel, named in the display language of the moment it is read. */
export interface DrugNode { readonly kind: 'drug'; readonly parent: SearchNode; readonly drug: Drug; readonly opens: PanelTarget }
export interface TypeNode { readonly kind: 'type'; readonly parent: DrugNode; readonly type: DrugType }
export interface MilestonesNode { readonly kind: 'milestones'; readonly parent: DrugNode }
export interface MilestoneNode { readonly kind: 'milestone'; readonly parent: MilestonesNode; readonly milestone: Milestone; readonly index: number }
/** "Load more", or "Retry loading more" after a failed page; what was loaded stays. */
export interface MoreNode { readonly kind: 'more'; readonly parent: PagedNode; readonly failed: boolean; readonly loaded: number; readonly total: number | undefined }
export interface MessageNode { readonly kind: 'message'; readonly parent: PagedNode; readonly text: string; readonly tooltip?: string; readonly icon: string }

export type PagedNode = SearchNode | MilestonesNode;
export type DrugsNode = SearchNode | DrugNode | TypeNode | MilestonesNode | MilestoneNode | MoreNode | MessageNode;

export function toTreeItem(node: DrugsNode, lang: Language): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'search': {
      const item = new vscode.TreeItem(node.search.label, C.Collapsed);
      item.id = `search/${node.search.id}`;
      item.iconPath = new vscode.ThemeIcon(node.search.query.kind === 'drug' ? 'pinned' : 'search');
      item.contextValue = 'drugs.search;';
      item.tooltip = `${node.search.label}\nRequest: ${JSON.stringify(searchFilterOf(node.search.query))}`;
      return item;
    }
    case 'drug': {
      const item = new vscode.TreeItem(drugLabel(node.drug, lang), C.Collapsed);
      item.id = `search/${node.parent.search.id}/drug/${node.drug.id}`;
      item.description = drugDescription(node.drug, searchFilterOf(node.parent.search.query), lang);
      item.iconPath = new vscode.ThemeIcon('beaker');
      item.contextValue = 'drugs.drug;id;';
      const other = node.drug.names.filter((n) => n.name !== item.label).map((n) => `${n.lang}: ${n.name}`);
      item.tooltip = [drugLabel(node.drug, lang), ...other, `ID: ${node.drug.id}`,
        'PatSnap drug search does not report a phase per drug.'].join('\n');
      return item;
    }
    case 'type': {
      const item = new vscode.TreeItem(entityLabel(node.type, lang), C.None);
      item.id = `${treeIdOf(node.parent)}/type/${node.type.id}`;
      item.description = 'drug type';
      item.iconPath = new vscode.ThemeIcon('symbol-class');
      item.contextValue = 'drugs.type;id;drugType;';
      item.tooltip = `Drug type ${entityLabel(node.type, lang)}\nID: ${node.type.id}`;
      return item;
    }
    case 'milestones': {
      const item = new vscode.TreeItem('Milestones', C.Collapsed);
      item.id = `${treeIdOf(node.parent)}/milestones`;
      item.iconPath = new vscode.ThemeIcon('milestone');
      item.contextValue = 'drugs.milestones;';
      item.tooltip = 'Development milestones of this drug (PatSnap B074), newest first';
      return item;
    }
    case 'milestone': {
      const m = node.milestone;
      const item = new vscode.TreeItem(milestoneLabel(m, lang), C.None);
      item.id = `${treeIdOf(node.parent)}/${node.index}`;
      item.description = milestoneDescription(m, lang);
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = `drugs.milestone;id;${m.diseases.length > 0 ? 'disease;' : ''}${m.organizations.length > 0 ? 'organization;' : ''}`;
      item.tooltip = milestoneDetails(m, lang).join('\n');
      return item;
    }
    case 'more': {
      const shown = node.total !== undefined ? ` (${node.loaded} of ${node.total})` : ` (${node.loaded} shown)`;
      const item = new vscode.TreeItem(node.failed ? 'Retry loading more' : 'Load more', C.None);
      item.description = shown.trim();
      item.iconPath = new vscode.ThemeIcon(node.failed ? 'refresh' : 'ellipsis');
      item.contextValue = node.failed ? 'drugs.more;failed;' : 'drugs.more;';
      item.command = { command: 'synapseLens.loadMore', title: item.label as string, arguments: [node] };
      item.tooltip = node.failed ? 'The last page failed to load; what was loaded is kept. Click to try again.' : 'Fetch the next page';
      return item;
    }
    case 'message': {
      const item = new vscode.TreeItem(node.text, C.None);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'drugs.message;';
      item.tooltip = node.tooltip ?? node.text;
      return item;
    }
  }
}

export function treeIdOf(node: DrugNode | MilestonesNode): string {
  return node.kind === 'drug'
    ? `search/${node.parent.search.id}/drug/${node.drug.id}`
    : `${treeIdOf(node.parent)}/milestones`;
}

export function parentOf(node: DrugsNode): DrugsNode | undefined {
  return node.kind === 'search' ? undefined : node.parent;
}
