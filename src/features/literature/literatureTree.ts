import * as vscode from 'vscode';
import type { Paper } from '../../api';
import { inertMarkdown } from '../../platform/inertSurfaces';
import { markdownText } from '../../protocol/inertText';
import { papersInit } from '../../protocol/papers';
import type { SearchTreeConfig } from '../shared/savedSearchTree';
import { paperDescription, paperLabel, paperLinks } from './paperFormat';
import { isStructureQuery, structureLabel } from './structureQuery';
import type { StructureQuery } from './structureQuery';

export const LITERATURE_VIEW_ID = 'synapseLens.literature';
export const LITERATURE_STORAGE_KEY = 'synapseLens.literature.searches';
const ABSTRACT_PREVIEW = 400;

function queryTitle(query: StructureQuery): string {
  return query.kind === 'inchiKey' ? 'InChIKey' : 'InChI Key ID';
}

/** What the view and the paper panel's export count. */
export function papersNoun(): string {
  return vscode.l10n.t({ message: 'papers', comment: ['What the Literature view lists ("Could not load {0}"), also counted while exporting ("40 of 90 {0}")'] });
}

/** The Literature view: saved structure searches, each expanding to its papers (B042). */
export const literatureTreeConfig: SearchTreeConfig<StructureQuery, Paper> = {
  viewId: LITERATURE_VIEW_ID,
  storageKey: LITERATURE_STORAGE_KEY,
  loadMoreCommand: 'synapseLens.loadMorePapers',
  get noun() {
    return papersNoun();
  },
  get rowKinds() {
    return { search: vscode.l10n.t('Papers for structure'), result: vscode.l10n.t('Paper') };
  },
  keyOf: (query) => query.value,
  isQuery: isStructureQuery,
  fetchPage: (client, query, span, options, settings) =>
    client.searchChemicalPapers({ inchiKeyId: query.value, lang: settings.language, page: span.index + 1, rows: span.limit }, options),
  emptyText: (query) => vscode.l10n.t('No papers found for {0} {1}', queryTitle(query), query.value),
  searchOpens: (query) => ({ panel: 'papers', init: papersInit(query.value, query.smiles, query.name) }),

  searchItem(query, results) {
    const item = new vscode.TreeItem(structureLabel(query), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('beaker');
    item.contextValue = 'structureSearch;';
    const count = results.total === undefined ? undefined : results.total === 1 ? vscode.l10n.t('1 paper') : vscode.l10n.t('{0} papers', results.total);
    // What the label does not say: the InChIKey (or, when the label is one, its kind), then the count.
    const labelIsKey = query.name === undefined && query.smiles === undefined;
    item.description = [labelIsKey ? queryTitle(query) : query.value, count].filter(Boolean).join(' · ');
    item.tooltip = inertMarkdown(vscode.l10n.t('Papers citing the structure with {0} {1}', queryTitle(query), markdownText(query.value)));
    return item;
  },

  resultItem(paper) {
    const item = new vscode.TreeItem(paperLabel(paper), vscode.TreeItemCollapsibleState.None);
    item.description = paperDescription(paper);
    item.iconPath = new vscode.ThemeIcon('book');
    const links = paperLinks(paper);
    // `paper;doi;pubmed;source;` — menus match the flags with viewItem =~ /;doi;/.
    item.contextValue = `paper;${links.doi ? 'doi;' : ''}${links.pubmed ? 'pubmed;' : ''}${links.source ? 'source;' : ''}`;
    item.tooltip = paperTooltip(paper);
    return item;
  },
};

/** API text goes in through markdownText only: a paper title must never be read as markdown or links. */
function paperTooltip(paper: Paper): vscode.MarkdownString {
  let md = `**${markdownText(paperLabel(paper))}**\n\n`;
  const line = (label: string, value: string | undefined): void => {
    if (value) md += `${label}: ${markdownText(value)}  \n`;
  };
  line(vscode.l10n.t('Journal'), paper.publication);
  line(vscode.l10n.t('Published'), paper.publishedDate ?? paper.epubDate);
  line(vscode.l10n.t('Authors'), paper.authors.slice(0, 6).join(', ') + (paper.authors.length > 6 ? ', …' : ''));
  line(vscode.l10n.t({ message: 'Type', comment: ['The document type of a paper: article, review, …'] }), paper.docType);
  line('DOI', paper.doi);
  if (paper.abstractText) {
    const text = paper.abstractText.length > ABSTRACT_PREVIEW ? `${paper.abstractText.slice(0, ABSTRACT_PREVIEW)}…` : paper.abstractText;
    md += `\n${markdownText(text)}`;
  }
  return inertMarkdown(md);
}
