// A paper as the Paper list panel shows it and exports it: the display record (links reduced to
// safe https URLs) and its columns.
import type { Paper } from '../../api';
import type { Column } from '../../platform/export/columns';
import type { PaperItem } from '../../protocol/papers';
import { doiUrl, safeHttpsUrl } from '../shared/links';

export function paperItem(p: Paper): PaperItem {
  return {
    id: p.id,
    title: p.title ?? '',
    authors: p.authors,
    institutions: p.institutions,
    journal: p.publication ?? '',
    docType: p.docType ?? '',
    publishedDate: p.publishedDate ?? '',
    epubDate: p.epubDate ?? '',
    structureCount: p.structureCount,
    abstractText: p.abstractText ?? '',
    doi: p.doi ?? '',
    doiUrl: doiUrl(p.doi),
    pubmedUrl: p.pubmedUrls.map((u) => safeHttpsUrl(u)).find((u) => u !== undefined),
    sourceUrl: safeHttpsUrl(p.sourceUrl),
  };
}

export const paperColumns: readonly Column<PaperItem>[] = [
  { key: 'id', header: 'Paper ID', value: (p) => p.id },
  { key: 'title', header: 'Title', value: (p) => p.title },
  { key: 'authors', header: 'Authors', value: (p) => p.authors },
  { key: 'institutions', header: 'Institutions', value: (p) => p.institutions },
  { key: 'journal', header: 'Journal', value: (p) => p.journal },
  { key: 'docType', header: 'Document type', value: (p) => p.docType },
  { key: 'publishedDate', header: 'Published', value: (p) => p.publishedDate },
  { key: 'epubDate', header: 'Epub', value: (p) => p.epubDate },
  { key: 'structureCount', header: 'Structures', value: (p) => p.structureCount },
  { key: 'doi', header: 'DOI', value: (p) => p.doi },
  { key: 'doiUrl', header: 'DOI link', value: (p) => p.doiUrl },
  { key: 'pubmedUrl', header: 'PubMed', value: (p) => p.pubmedUrl },
  { key: 'sourceUrl', header: 'Source', value: (p) => p.sourceUrl },
  { key: 'abstract', header: 'Abstract', value: (p) => p.abstractText },
];
