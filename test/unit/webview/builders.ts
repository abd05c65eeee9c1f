// Small typed builders for the panels' display records.
import type { MilestoneItem } from '../../../src/protocol/milestones';
import type { PaperItem } from '../../../src/protocol/papers';
import type { SarRow } from '../../../src/protocol/sarQuery';
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

let sarKey = 0;

export function sarRow(over: Partial<SarRow> = {}): SarRow {
  return {
    key: sarKey++, fileId: 'f1', fileName: 'paper.pdf', smiles: 'CC(=O)Oc1ccccc1C(=O)O', inchiKey: 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N',
    compound: 'Compound 1', code: 'C001', indicator: 'IC50', value: '12', numericValue: 12, unit: 'nM', targets: ['EGFR'],
    proteinSubtype: 'EGFR T790M', method: 'HTRF kinase assay', subject: 'Cell line: A549', purpose: 'Potency',
    dosing: 'In vitro, 1 μM', page: 3, ...over,
  };
}

/** `count` rows cycling through a few compounds, indicators and targets, as a long task would have. */
export function sarRows(count: number): SarRow[] {
  const indicators = ['IC50', 'Ki', 'EC50', 'Inhibition'];
  const targets = ['EGFR', 'HER2', 'ALK', 'BRAF', 'KRAS'];
  return Array.from({ length: count }, (_, i) => sarRow({
    key: i, compound: `Compound ${i % 97}`, code: `C${String(i).padStart(5, '0')}`, indicator: indicators[i % indicators.length] as string,
    value: String((i * 37) % 1000), numericValue: (i * 37) % 1000, targets: [targets[i % targets.length] as string], page: 1 + (i % 60),
    fileId: `f${i % 3}`, fileName: `file-${i % 3}.pdf`, smiles: ['CCO', 'c1ccccc1', 'CC(=O)O', 'CCN'][i % 4] as string,
  }));
}
export function sequencePatent(over: Partial<SequencePatentItem> = {}): SequencePatentItem {
  return {
    pn: 'JP1999068462A', patentId: '94ea8785-959f-47cf-aba2-091605d30c12', claimed: true,
    locations: [{ kind: 'APP', values: ['5'] }, { kind: 'FIG', values: ['1A'] }, { kind: 'PAGE', values: ['55/56'] }],
    sequenceIdNumbers: ['1'], ...over,
  };
}
