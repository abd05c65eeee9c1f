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

/** The Literature view: saved structure searches, each expanding to its papers (B042). */
export const literatureTreeConfig: SearchTreeConfig<StructureQuery, Paper> = {
  viewId: LITERATURE_VIEW_ID,
  storageKey: LITERATURE_STORAGE_KEY,
  loadMoreCommand: 'synapseLens.loadMorePapers',
  noun: 'papers',
  rowKinds: { search: 'Papers for structure', result: 'Paper' },
  keyOf: (query) => query.value,
  isQuery: isStructureQuery,
  fetchPage: (client, query, span, options, settings) =>
    client.searchChemicalPapers({ inchiKeyId: query.value, lang: settings.language, page: span.index + 1, rows: span.limit }, options),
  emptyText: (query) => `No papers found for ${queryTitle(query)} ${query.value}`,
  searchOpens: (query) => ({ panel: 'papers', init: papersInit(query.value, query.smiles, query.name) }),

  searchItem(query, results) {
    const item = new vscode.TreeItem(structureLabel(query), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('beaker');
    item.contextValue = 'structureSearch;';
    const count = results.total !== undefined ? `${results.total} ${results.total === 1 ? 'paper' : 'papers'}` : undefined;
    // What the label does not say: the InChIKey (or, when the label is one, its kind), then the count.
    const labelIsKey = query.name === undefined && query.smiles === undefined;
    item.description = [labelIsKey ? queryTitle(query) : query.value, count].filter(Boolean).join(' · ');
    item.tooltip = inertMarkdown(`Papers citing the structure with ${queryTitle(query)} ${markdownText(query.value)}`);
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
  line('Journal', paper.publication);
  line('Published', paper.publishedDate ?? paper.epubDate);
  line('Authors', paper.authors.slice(0, 6).join(', ') + (paper.authors.length > 6 ? ', …' : ''));
  line('Type', paper.docType);
  line('DOI', paper.doi);
  if (paper.abstractText) {
    const text = paper.abstractText.length > ABSTRACT_PREVIEW ? `${paper.abstractText.slice(0, ABSTRACT_PREVIEW)}…` : paper.abstractText;
    md += `\n${markdownText(text)}`;
  }
  return inertMarkdown(md);
}
