import * as vscode from 'vscode';
import type { App } from '../../app';
import type { Feature } from '../feature';
import { openPaperPanel } from './papersPanel';
import { loadMoreCommand } from '../shared/loadMoreCommand';
import { openHttpsExternally } from '../shared/openExternal';
import { passedOrAsked } from '../shared/passedOrAsked';
import type { SearchSnapshot, SearchTreeNode } from '../shared/savedSearchTree';
import type { Paper } from '../../api';
import { LITERATURE_VIEW_ID } from './literatureTree';
import { paperLinks } from './paperFormat';
import type { PaperLinkKind } from './paperFormat';
import { isSmilesInput, parseStructureQuery, structureQueryProblem } from './structureQuery';
import type { StructureQuery } from './structureQuery';
import { showErrorNotification, showInfoNotification } from '../../platform/inertSurfaces';

type LiteratureNode = SearchTreeNode<StructureQuery, Paper>;

/** "Find Papers for Structure…": asks for an InChIKey or InChI Key ID unless one is passed (tests, other features). */
function findPapers(app: App) {
  return async (given?: unknown): Promise<SearchSnapshot<Paper> | undefined> => {
    const problemOf = (value: string) => structureQueryProblem(value, app.settings().pageSize);
    let text = await passedOrAsked(given, problemOf, () => vscode.window.showInputBox({
      title: 'Find Papers for Structure',
      prompt: 'InChIKey, PatSnap InChI Key ID or SMILES',
      placeHolder: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N or 126213117',
      ignoreFocusOut: true,
      validateInput: problemOf,
    }));
    const smiles = text !== undefined && isSmilesInput(text) ? text.trim() : undefined;
    if (smiles !== undefined) text = await smilesToInchiKey(app, smiles);
    const parsed = text === undefined ? undefined : parseStructureQuery(text);
    if (!parsed) return undefined;
    const query = smiles === undefined ? parsed : { ...parsed, smiles };
    // Show the view the results go to, so the new search can be revealed there.
    await vscode.commands.executeCommand(`${LITERATURE_VIEW_ID}.focus`);
    const tree = app.literature;
    const node = await tree.add(query);
    return tree.snapshot(node);
  };
}

/** SMILES → InChIKey with RDKit (loaded now if no hover has loaded it yet). */
async function smilesToInchiKey(app: App, smiles: string): Promise<string | undefined> {
  try {
    const key = await app.chemistry.rdkit.inchiKeyOf(smiles);
    if (!key) void showErrorNotification(`Synapse Lens: RDKit cannot parse the SMILES ${smiles.slice(0, 80)}.`);
    return key;
  } catch (err) {
    app.chemistry.reportLoadFailure(err);
    return undefined;
  }
}

function openLink(kind: PaperLinkKind, what: string) {
  return (app: App) => async (node?: unknown): Promise<boolean> => {
    const target = node as LiteratureNode | undefined;
    if (target?.kind !== 'result') return false;
    const paper = target.result;
    const url = paperLinks(paper)[kind];
    if (!url) {
      void showInfoNotification(`Synapse Lens: this paper has no ${what} link.`);
      return false;
    }
    return openHttpsExternally(url, what, app.log);
  };
}

export const literatureFeature: Feature = {
  commands: {
    openPaperPanel,
    findPapers,
    refreshLiterature: (app) => (node?: unknown) => app.literature.refresh(node as LiteratureNode | string | undefined),
    removeLiteratureSearch: (app) => (node?: unknown) => app.literature.remove(node as LiteratureNode | string | undefined),
    loadMorePapers: loadMoreCommand((app) => app.literature),
    openPaperDoi: openLink('doi', 'DOI'),
    openPaperPubmed: openLink('pubmed', 'PubMed'),
    openPaperSource: openLink('source', 'source'),
  },
  register: (app) => void app.subscriptions.push(app.literature.createView()),
};
