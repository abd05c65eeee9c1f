import * as vscode from 'vscode';
import { z } from 'zod';
import { PAPERS_SMILES_MAX, papersInitSchema } from '../../protocol/papers';
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

/**
 * What a caller may pass besides a plain InChIKey, ID or SMILES: the structure and what is known
 * of it (a hover's SMILES and the name the file gives it). Bounds as the paper panel's init.
 */
const structureGivenSchema = z.strictObject({
  structure: z.string().min(1).max(PAPERS_SMILES_MAX).optional(),
  smiles: papersInitSchema.shape.smiles,
  name: papersInitSchema.shape.name,
});

/** "Find Papers for Structure…": asks for an InChIKey, InChI Key ID or SMILES unless one is passed (hovers, tests, other features). */
function findPapers(app: App) {
  return async (given?: unknown): Promise<SearchSnapshot<Paper> | undefined> => {
    const about = typeof given === 'object' && given !== null ? structureGivenSchema.safeParse(given).data : undefined;
    const problemOf = (value: string) => structureQueryProblem(value, app.settings().pageSize);
    let text = await passedOrAsked(typeof given === 'string' ? given : (about?.structure ?? about?.smiles), problemOf, () => vscode.window.showInputBox({
      title: vscode.l10n.t('Find Papers for Structure'),
      prompt: vscode.l10n.t('InChIKey, PatSnap InChI Key ID or SMILES'),
      placeHolder: vscode.l10n.t({ message: '{0} or {1}', args: ['BSYNRYMUTXBXSQ-UHFFFAOYSA-N', '126213117'], comment: ['Two examples of what to type: an InChIKey or an InChI Key ID'] }),
      ignoreFocusOut: true,
      validateInput: problemOf,
    }));
    const typed = text !== undefined && isSmilesInput(text) ? text.trim() : undefined;
    if (typed !== undefined) text = await smilesToInchiKey(app, typed);
    const parsed = text === undefined ? undefined : parseStructureQuery(text);
    if (!parsed) return undefined;
    const smiles = typed ?? about?.smiles;
    const query = { ...parsed, ...(smiles === undefined ? {} : { smiles }), ...(about?.name === undefined ? {} : { name: about.name }) };
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
    if (!key) void showErrorNotification(vscode.l10n.t('Synapse Lens: RDKit cannot parse the SMILES {0}.', smiles.slice(0, 80)));
    return key;
  } catch (err) {
    app.chemistry.reportLoadFailure(err);
    return undefined;
  }
}

function openLink(kind: PaperLinkKind, what: () => string) {
  return (app: App) => async (node?: unknown): Promise<boolean> => {
    const target = node as LiteratureNode | undefined;
    if (target?.kind !== 'result') return false;
    const paper = target.result;
    const url = paperLinks(paper)[kind];
    if (!url) {
      void showInfoNotification(vscode.l10n.t('Synapse Lens: this paper has no {0} link.', what()));
      return false;
    }
    return openHttpsExternally(url, what(), app.log);
  };
}

export const literatureFeature: Feature = {
  commands: {
    openPaperPanel,
    findPapers,
    refreshLiterature: (app) => (node?: unknown) => app.literature.refresh(node as LiteratureNode | string | undefined),
    removeLiteratureSearch: (app) => (node?: unknown) => app.literature.remove(node as LiteratureNode | string | undefined),
    loadMorePapers: loadMoreCommand((app) => app.literature),
    openPaperDoi: openLink('doi', () => 'DOI'),
    openPaperPubmed: openLink('pubmed', () => 'PubMed'),
    openPaperSource: openLink('source', () => vscode.l10n.t({ message: 'source', comment: ['The publisher\'s page of a paper, in "this paper has no {0} link"'] })),
  },
  register: (app) => void app.subscriptions.push(app.literature.createView()),
};
