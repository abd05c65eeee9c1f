import * as vscode from 'vscode';
import { readSettings } from '../../platform/settings';
import type { CommandContext } from '../commandTable';
import type { Feature } from '../feature';
import { openHttpsExternally } from '../shared/openExternal';
import { perContext } from '../shared/perContext';
import { SavedSearchTree } from '../shared/savedSearchTree';
import type { SearchSnapshot, SearchTreeNode } from '../shared/savedSearchTree';
import type { Paper } from '../../api';
import { LITERATURE_VIEW_ID, literatureTreeConfig } from './literatureTree';
import { paperLinks } from './paperFormat';
import type { PaperLinkKind } from './paperFormat';
import { isSmilesInput, parseStructureQuery, structureQueryProblem } from './structureQuery';
import { chemistryFor, reportLoadFailure } from '../smiles/chemistryService';
import type { StructureQuery } from './structureQuery';
import { showErrorNotification, showInfoNotification } from '../../platform/inertSurfaces';

type LiteratureNode = SearchTreeNode<StructureQuery, Paper>;

const literatureTree = perContext((ctx) => new SavedSearchTree(ctx, literatureTreeConfig));

/** "Find Papers for Structure…": asks for an InChIKey or InChI Key ID unless one is passed (tests, other features). */
function findPapers(ctx: CommandContext) {
  return async (given?: unknown): Promise<SearchSnapshot<Paper> | undefined> => {
    let text = typeof given === 'string' ? given : undefined;
    if (text !== undefined && structureQueryProblem(text, readSettings().pageSize) !== undefined) {
      void showErrorNotification(`Synapse Lens: ${structureQueryProblem(text, readSettings().pageSize)}`);
      return undefined;
    }
    text ??= await vscode.window.showInputBox({
      title: 'Find Papers for Structure',
      prompt: 'InChIKey, PatSnap InChI Key ID or SMILES',
      placeHolder: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N or 126213117',
      ignoreFocusOut: true,
      validateInput: (value) => structureQueryProblem(value, readSettings().pageSize),
    });
    if (text !== undefined && isSmilesInput(text)) text = await smilesToInchiKey(ctx, text.trim());
    const query = text === undefined ? undefined : parseStructureQuery(text);
    if (!query) return undefined;
    // Show the view the results go to, so the new search can be revealed there.
    await vscode.commands.executeCommand(`${LITERATURE_VIEW_ID}.focus`);
    const tree = literatureTree(ctx);
    const node = await tree.add(query);
    return tree.snapshot(node);
  };
}

/** SMILES → InChIKey with RDKit (loaded now if no hover has loaded it yet). */
async function smilesToInchiKey(ctx: CommandContext, smiles: string): Promise<string | undefined> {
  try {
    const key = await chemistryFor(ctx).inchiKeyOf(smiles);
    if (!key) void showErrorNotification(`Synapse Lens: RDKit cannot parse the SMILES ${smiles.slice(0, 80)}.`);
    return key;
  } catch (err) {
    reportLoadFailure(ctx)(err);
    return undefined;
  }
}

function openLink(kind: PaperLinkKind, what: string) {
  return (ctx: CommandContext) => async (node?: unknown): Promise<boolean> => {
    const target = node as LiteratureNode | undefined;
    if (target?.kind !== 'result') return false;
    const paper = target.result;
    const url = paperLinks(paper)[kind];
    if (!url) {
      void showInfoNotification(`Synapse Lens: this paper has no ${what} link.`);
      return false;
    }
    return openHttpsExternally(url, what, ctx.log);
  };
}

export const literatureFeature: Feature = {
  commands: {
    findPapers,
    refreshLiterature: (ctx) => (node?: unknown) => literatureTree(ctx).refresh(node as LiteratureNode | string | undefined),
    removeLiteratureSearch: (ctx) => (node?: unknown) => literatureTree(ctx).remove(node as LiteratureNode | string | undefined),
    loadMorePapers: (ctx) => (node?: unknown) => literatureTree(ctx).loadMore(node as LiteratureNode | string | undefined),
    openPaperDoi: openLink('doi', 'DOI'),
    openPaperPubmed: openLink('pubmed', 'PubMed'),
    openPaperSource: openLink('source', 'source'),
  },
  register(ctx) {
    const tree = literatureTree(ctx);
    const view = vscode.window.createTreeView(LITERATURE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
    tree.attach(view);
    ctx.extension.subscriptions.push(tree, view);
  },
};
