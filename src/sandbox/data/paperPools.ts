// Word pools for derived papers: journals (with how their DOIs and landing pages look), author
// names and institutions. Plain data; the composition rules live in papers.ts.
import type { Prng } from '../prng';
import type { PaperField } from './paperText';

export interface Journal {
  readonly name: string;
  readonly docType: 'Journal' | 'Conference' | 'Preprint';
  /** Builds a DOI in the journal's real pattern from a year and two random numbers. */
  readonly doi: (year: number, a: number, b: number) => string;
  /** Source URL for a DOI; most journals resolve through doi.org. */
  readonly source: (doi: string) => string;
  readonly indexedInPubmed: boolean;
  /** The topics it publishes (paperText.ts); a paper appears only in a journal of its field. */
  readonly fields: readonly PaperField[];
  /** Cancer journals take papers on oncology drugs only. */
  readonly oncologyOnly?: boolean;
  /** The first year it published: no 1990 preprint on bioRxiv. */
  readonly since: number;
}

const viaDoiOrg = (doi: string): string => `https://doi.org/${doi}`;
const yy = (year: number): string => String(year % 100).padStart(2, '0');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const journals: readonly Journal[] = [
  {
    name: 'Journal of Structural Biology', docType: 'Journal', indexedInPubmed: true,
    since: 1990,
    fields: ['structural'],
    doi: (y, a) => `10.1016/j.jsb.${y}.${pad(a % 1000000, 6)}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Pharmaceutical and Biomedical Analysis', docType: 'Journal', indexedInPubmed: true,
    since: 1983,
    fields: ['bioanalysis'],
    doi: (y, a) => `10.1016/j.jpba.${y}.${pad(a % 1000000, 6)}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Chromatography B', docType: 'Journal', indexedInPubmed: true,
    since: 1994,
    fields: ['bioanalysis'],
    doi: (y, a) => `10.1016/j.jchromb.${y}.${pad(a % 1000000, 6)}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Pharmaceutical Sciences', docType: 'Journal', indexedInPubmed: true,
    since: 1961,
    fields: ['pk', 'bioanalysis'],
    doi: (_y, a) => `10.1002/jps.2${pad(a % 10000, 4)}`, source: viaDoiOrg,
  },
  {
    name: 'The Lancet', docType: 'Journal', indexedInPubmed: true,
    since: 1823,
    fields: ['clinical'],
    doi: (y, a, b) => `10.1016/S0140-6736(${yy(y)})${pad(a % 100000, 5)}-${b % 10}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Medicinal Chemistry', docType: 'Journal', indexedInPubmed: true,
    since: 1959,
    fields: ['medchem', 'structural'],
    doi: (y, a) => `10.1021/acs.jmedchem.${y % 10}b${pad(a % 100000, 5)}`,
    source: (doi) => `https://pubs.acs.org/doi/${doi}`,
  },
  {
    name: 'European Journal of Medicinal Chemistry', docType: 'Journal', indexedInPubmed: true,
    since: 1974,
    fields: ['medchem'],
    doi: (y, a, b) => `10.1016/j.ejmech.${y}.${pad((a % 12) + 1, 2)}.${pad(b % 1000, 3)}`, source: viaDoiOrg,
  },
  {
    name: 'Bioorganic & Medicinal Chemistry Letters', docType: 'Journal', indexedInPubmed: true,
    since: 1991,
    fields: ['medchem'],
    doi: (y, a, b) => `10.1016/j.bmcl.${y}.${pad((a % 12) + 1, 2)}.${pad(b % 1000, 3)}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Enzyme Inhibition and Medicinal Chemistry', docType: 'Journal', indexedInPubmed: true,
    since: 2002,
    fields: ['medchem'],
    doi: (y, a) => `10.1080/14756366.${y}.${pad(a % 10000000, 7)}`,
    source: (doi) => `https://www.tandfonline.com/doi/pdf/${doi}`,
  },
  {
    name: 'Cancer Immunology, Immunotherapy', docType: 'Journal', indexedInPubmed: true,
    since: 1976,
    fields: ['clinical'], oncologyOnly: true,
    doi: (y, a, b) => `10.1007/s00262-0${yy(y)}-${pad(a % 10000, 4)}-${b % 10}`, source: viaDoiOrg,
  },
  {
    name: 'The New England Journal of Medicine', docType: 'Journal', indexedInPubmed: true,
    since: 1812,
    fields: ['clinical'],
    doi: (y, a) => `10.1056/NEJMoa${yy(y)}${pad(a % 100000, 5)}`, source: viaDoiOrg,
  },
  {
    name: 'The Lancet Oncology', docType: 'Journal', indexedInPubmed: true,
    since: 2000,
    fields: ['clinical'], oncologyOnly: true,
    doi: (y, a, b) => `10.1016/S1470-2045(${yy(y)})${pad(a % 100000, 5)}-${b % 10}`, source: viaDoiOrg,
  },
  {
    name: 'Clinical Pharmacokinetics', docType: 'Journal', indexedInPubmed: true,
    since: 1976,
    fields: ['pk'],
    doi: (y, a, b) => `10.1007/s40262-0${yy(y)}-${pad(a % 10000, 4)}-${b % 10}`, source: viaDoiOrg,
  },
  {
    name: 'British Journal of Clinical Pharmacology', docType: 'Journal', indexedInPubmed: true,
    since: 1974,
    fields: ['pk', 'clinical'],
    doi: (_y, a) => `10.1111/bcp.${pad(a % 100000, 5)}`, source: viaDoiOrg,
  },
  {
    name: 'Acta Pharmacologica Sinica', docType: 'Journal', indexedInPubmed: true,
    since: 1980,
    fields: ['medchem', 'pk'],
    doi: (y, a) => `10.1038/s41401-0${yy(y)}-${pad(a % 10000, 4)}-${(a % 9) + 1}`, source: viaDoiOrg,
  },
  {
    name: 'Journal of Clinical Oncology', docType: 'Conference', indexedInPubmed: false,
    since: 1983,
    fields: ['clinical'], oncologyOnly: true,
    doi: (y, a) => `10.1200/JCO.${y}.${(y % 50) + 1}.15_suppl.${a % 10000}`, source: viaDoiOrg,
  },
  {
    name: 'bioRxiv', docType: 'Preprint', indexedInPubmed: false,
    since: 2013,
    fields: ['medchem', 'structural'],
    doi: (y, a, b) => `10.1101/${y}.${pad((a % 12) + 1, 2)}.${pad((b % 28) + 1, 2)}.${pad(a % 1000000, 6)}`,
    source: (doi) => `https://www.biorxiv.org/content/${doi}v1.full.pdf`,
  },
];

/** Journals a paper of this field on this drug can appear in. */
export function journalsFor(field: PaperField, oncology: boolean, year: number): readonly Journal[] {
  const fits = journals.filter((j) => j.fields.includes(field) && (oncology || !j.oncologyOnly));
  const existing = fits.filter((j) => j.since <= year);
  // Every field has a journal older than any paper year (papers start at 1965): the fallback is for safety only.
  return existing.length > 0 ? existing : fits;
}

const givenNames = [
  'Wei', 'Jing', 'Li', 'Hiroshi', 'Yuki', 'Maria', 'James', 'Sarah', 'Ahmed', 'Priya', 'Lukas', 'Sofia',
  'Min-jun', 'Elena', 'David', 'Chen', 'Anna', 'Takeshi', 'Olivia', 'Rahul', 'Fatima', 'Pierre', 'Ingrid', 'Kofi',
];
const familyNames = [
  'Zhang', 'Wang', 'Liu', 'Chen', 'Tanaka', 'Suzuki', 'Smith', 'Garcia', 'Müller', 'Rossi', 'Kim', 'Patel',
  'Nguyen', 'Johnson', 'Ivanova', 'Dubois', 'Andersson', 'Okafor', 'Kowalski', 'Yamamoto', 'Li', 'Huang', 'Brown', 'Singh',
];

export const institutions = [
  'University of California, San Francisco', 'Harvard Medical School', 'Peking University', 'Fudan University',
  'Shanghai Institute of Materia Medica, Chinese Academy of Sciences', 'University of Tokyo', 'Karolinska Institutet',
  'Memorial Sloan Kettering Cancer Center', 'MD Anderson Cancer Center', 'University of Oxford', 'ETH Zurich',
  'Seoul National University Hospital', 'Sun Yat-sen University Cancer Center', 'Institut Gustave Roussy',
  'National Cancer Center Japan', 'University of Toronto', 'Charité – Universitätsmedizin Berlin',
  'Zhejiang University', 'Sichuan University West China Hospital', 'University of Cambridge',
];

export function authorList(prng: Prng): string[] {
  const count = prng.int(2, 8);
  const names = new Set<string>();
  while (names.size < count) names.add(`${prng.pick(givenNames)} ${prng.pick(familyNames)}`);
  return [...names];
}
