import * as l10n from '@vscode/l10n';
import type { Paper } from '../../api';
import { doiUrl, safeHttpsUrl } from '../shared/links';

export type PaperLinkKind = 'doi' | 'pubmed' | 'source';

/** The year the paper came out, from the published date, else the e-pub date. */
export function paperYear(paper: Paper): string | undefined {
  const year = /^\d{4}/.exec(paper.publishedDate ?? paper.epubDate ?? '')?.[0];
  return year;
}

/** "2021 · Journal of Things" — what the tree shows beside the title. */
export function paperDescription(paper: Paper): string {
  return [paperYear(paper), paper.publication].filter((part): part is string => !!part).join(' · ');
}

export function paperLabel(paper: Paper): string {
  return paper.title?.trim() || paper.doi || l10n.t('Paper {0}', paper.id);
}

/** The https links a paper offers, by kind; only those that are safe to open. */
export function paperLinks(paper: Paper): Partial<Record<PaperLinkKind, string>> {
  const links: Partial<Record<PaperLinkKind, string>> = {};
  const doi = doiUrl(paper.doi);
  if (doi) links.doi = doi;
  const pubmed = paper.pubmedUrls.map((u) => safeHttpsUrl(u)).find((u) => u !== undefined);
  if (pubmed) links.pubmed = pubmed;
  const source = safeHttpsUrl(paper.sourceUrl);
  if (source) links.source = source;
  return links;
}
