// Small typed builders for the panels' display records.
import type { MilestoneItem } from '../../../src/protocol/milestones';
import type { PaperItem } from '../../../src/protocol/papers';

export function milestone(over: Partial<MilestoneItem> = {}): MilestoneItem {
  return {
    date: '2021-05-04', events: ['Approval'], status: 'Approved', description: 'Approved in the US',
    diseases: [{ id: 'd1', name: 'Asthma' }], countries: [{ id: 'c1', name: 'United States' }],
    organizations: [{ id: 'o1', name: 'Acme Pharma' }], tags: ['First approval'], ...over,
  };
}

export function paper(over: Partial<PaperItem> = {}): PaperItem {
  return {
    id: 'p1', title: 'A paper', authors: ['A. Author'], institutions: ['Some University'], journal: 'J. Chem.',
    docType: 'Article', publishedDate: '2020-01-02', epubDate: '2019-12-30', structureCount: 3, abstractText: 'Abstract text',
    doi: '10.1/x', doiUrl: 'https://doi.org/10.1/x', pubmedUrl: 'https://pubmed.ncbi.nlm.nih.gov/1/', sourceUrl: undefined, ...over,
  };
}
