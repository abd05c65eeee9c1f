// Small typed builders for the panels' display records.
import type { MilestoneItem } from '../../../src/protocol/milestones';
import type { PaperItem } from '../../../src/protocol/papers';
import type { SequencePatentItem } from '../../../src/protocol/sequences';

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

export function sequencePatent(over: Partial<SequencePatentItem> = {}): SequencePatentItem {
  return {
    pn: 'JP1999068462A', patentId: '94ea8785-959f-47cf-aba2-091605d30c12', claimed: true,
    locations: [{ kind: 'APP', values: ['5'] }, { kind: 'FIG', values: ['1A'] }, { kind: 'PAGE', values: ['55/56'] }],
    sequenceIdNumbers: ['1'], ...over,
  };
}
