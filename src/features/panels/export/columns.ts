// What a panel exports: named columns over its display records. CSV uses `header` and a cell's
// text; JSON uses `key` and keeps lists as arrays. The column sets below are the four panels';
// a new panel adds its own set beside them (see index.ts).
import type { MilestoneItem } from '../../../protocol/milestones';
import type { PaperItem } from '../../../protocol/papers';
import type { SarRow } from '../../../protocol/sarQuery';
import type { SequencePatentItem } from '../../../protocol/sequences';

export type CellValue = string | number | boolean | undefined | null | readonly string[];

export interface Column<Row> {
  /** JSON property name: camelCase, stable (scripts read it). */
  readonly key: string;
  /** CSV header: words a person reads. */
  readonly header: string;
  readonly value: (row: Row) => CellValue;
}

const names = (list: readonly { readonly name: string; readonly id: string }[]) => list.map((e) => e.name || e.id);

export const milestoneColumns: readonly Column<MilestoneItem>[] = [
  { key: 'date', header: 'Date', value: (m) => m.date },
  { key: 'events', header: 'Events', value: (m) => m.events },
  { key: 'status', header: 'Status', value: (m) => m.status },
  { key: 'description', header: 'Description', value: (m) => m.description },
  { key: 'diseases', header: 'Diseases', value: (m) => names(m.diseases) },
  { key: 'countries', header: 'Countries', value: (m) => names(m.countries) },
  { key: 'organizations', header: 'Organizations', value: (m) => names(m.organizations) },
  { key: 'tags', header: 'Tags', value: (m) => m.tags },
];

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

/** The location kinds the B005 page documents, one column each; any other kind goes to "Other locations". */
export const DOCUMENTED_LOCATIONS = ['APP', 'FIG', 'PAGE', 'ANNEX', 'TABLE', 'EXAMPLE'] as const;

const locationValues = (p: SequencePatentItem, kind: string) => p.locations.find((l) => l.kind === kind)?.values ?? [];

export const sequencePatentColumns: readonly Column<SequencePatentItem>[] = [
  { key: 'pn', header: 'Publication number', value: (p) => p.pn },
  { key: 'patentId', header: 'Patent ID', value: (p) => p.patentId },
  { key: 'claimed', header: 'Claimed', value: (p) => p.claimed },
  { key: 'sequenceIdNumbers', header: 'SEQ ID NO', value: (p) => p.sequenceIdNumbers },
  ...DOCUMENTED_LOCATIONS.map((kind): Column<SequencePatentItem> => ({ key: kind.toLowerCase(), header: kind, value: (p) => locationValues(p, kind) })),
  {
    key: 'otherLocations', header: 'Other locations',
    value: (p) => p.locations.filter((l) => !(DOCUMENTED_LOCATIONS as readonly string[]).includes(l.kind)).map((l) => `${l.kind} ${l.values.join(', ')}`.trim()),
  },
];

/** The SAR table's columns as the panel shows them, plus the structure's SMILES and InChIKey. */
export const sarColumns: readonly Column<SarRow>[] = [
  { key: 'file', header: 'File', value: (r) => r.fileName },
  { key: 'compound', header: 'Compound', value: (r) => r.compound },
  { key: 'code', header: 'Code', value: (r) => r.code },
  { key: 'smiles', header: 'SMILES', value: (r) => r.smiles },
  { key: 'inchiKey', header: 'InChIKey', value: (r) => r.inchiKey },
  { key: 'indicator', header: 'Indicator', value: (r) => r.indicator },
  { key: 'value', header: 'Value', value: (r) => r.value },
  { key: 'unit', header: 'Unit', value: (r) => r.unit },
  { key: 'targets', header: 'Targets', value: (r) => r.targets },
  { key: 'proteinSubtype', header: 'Protein subtype', value: (r) => r.proteinSubtype },
  { key: 'method', header: 'Method', value: (r) => r.method },
  { key: 'subject', header: 'Subject', value: (r) => r.subject },
  { key: 'purpose', header: 'Purpose', value: (r) => r.purpose },
  { key: 'dosing', header: 'Dosing regimen', value: (r) => r.dosing },
  { key: 'page', header: 'Source page', value: (r) => r.page },
];
