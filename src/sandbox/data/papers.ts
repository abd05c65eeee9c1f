// Papers per compound for B042. Every catalog drug with an InChIKey gets a numeric "InChI Key ID"
// (the page's example is "126213117"); older, approved compounds get more papers, so several have
// more than 100 and paging shows. Papers are built per compound on first request.
import { nameUuid } from '../ids';
import { lazy, memoByKey } from '../lazy';
import { createPrng } from '../prng';
import { compounds } from './catalogIndex';
import { dataToday, dayOf, parseIsoDay, yearOf, yyyymmdd } from './dates';
import { authorList, institutions, journalsFor } from './paperPools';
import { isOncologyTarget } from './targetBiology';
import { paperText } from './paperText';
import type { BilingualName } from './catalogTypes';
import type { IndexedDrug } from './catalogIndex';

export interface Compound {
  readonly drug: IndexedDrug;
  readonly smiles: string;
  readonly inchiKey: string;
  readonly inchiKeyId: string;
}

export interface Paper {
  readonly ordinal: number;
  readonly paperId: string;
  readonly doi: string;
  readonly title: BilingualName;
  readonly abstract: BilingualName;
  readonly authors: readonly string[];
  readonly institutions: readonly string[];
  readonly publication: string;
  readonly docType: string;
  readonly pubmed: readonly string[];
  readonly source: string;
  readonly publishedDay: number;
  readonly epubDay: number;
  /** The page's schema types the dates as strings, its example sends numbers: serve both. */
  readonly datesAsNumbers: boolean;
  readonly structureCount: number;
}

const inchiKeyIdRange = { min: 100_000_000, span: 900_000_000 };

export const compoundIndex = lazy(() => {
  const byId = new Map<string, Compound>();
  const byInchiKey = new Map<string, Compound>();
  for (const drug of compounds()) {
    const { smiles, inchiKey } = drug.source;
    if (byInchiKey.has(inchiKey)) continue;
    // Hash-derived, probing past collisions; catalog order decides who keeps the first choice.
    let n = createPrng(`inchi-key-id:${inchiKey}`).int(0, inchiKeyIdRange.span - 1);
    while (byId.has(String(inchiKeyIdRange.min + n))) n = (n + 1) % inchiKeyIdRange.span;
    const compound: Compound = { drug, smiles, inchiKey, inchiKeyId: String(inchiKeyIdRange.min + n) };
    byId.set(compound.inchiKeyId, compound);
    byInchiKey.set(inchiKey, compound);
  }
  return { list: [...byId.values()], byId, byInchiKey };
});

const inchiKeyShape = /^[A-Z]{14}-[A-Z]{10}-[A-Z]$/;

/** B042 names the parameter inchi_key_id; the sandbox also accepts a standard InChIKey there. */
export function findCompound(inchiKeyOrId: string): Compound | undefined {
  const index = compoundIndex();
  return inchiKeyShape.test(inchiKeyOrId) ? index.byInchiKey.get(inchiKeyOrId) : index.byId.get(inchiKeyOrId);
}

/** More papers for compounds that have been on the market longer. */
export function paperCount(compound: Compound): number {
  const prng = createPrng(`paper-count:${compound.inchiKey}`);
  const approved = compound.drug.source.firstApproved ? parseIsoDay(compound.drug.source.firstApproved) : undefined;
  const indications = compound.drug.indications.length;
  if (approved !== undefined) {
    const years = Math.max(0, yearOf(dataToday) - yearOf(approved));
    return Math.min(400, 12 + years * 6 + indications * 10 + prng.int(0, 20));
  }
  return 3 + indications * 4 + prng.int(0, 25);
}

function firstPaperYear(compound: Compound): number {
  const since = Math.min(...compound.drug.indications.map((i) => i.since), yearOf(dataToday));
  return Math.max(1965, Math.min(since - 2, yearOf(dataToday) - 1));
}

function build(compound: Compound): Paper[] {
  const { drug } = compound;
  const count = paperCount(compound);
  const fromYear = firstPaperYear(compound);
  const papers: Paper[] = [];
  for (let i = 0; i < count; i++) {
    const prng = createPrng(`paper:${compound.inchiKey}:${i}`);
    const publishedDay = prng.int(dayOf(fromYear, 1, 1), dataToday);
    const year = yearOf(publishedDay);
    const a = prng.int(0, 99_999_999);
    const b = prng.int(0, 99_999);
    // PMIDs grow with time, roughly 650k a year (about 40 million by 2025).
    const pmid = 1_000_000 + Math.max(0, year - 1965) * 650_000 + prng.int(0, 649_999);
    const target = drug.targets.length > 0 ? prng.pick(drug.targets).name : { en: 'its target', cn: '其靶点' };
    const disease = drug.indications.length > 0 ? prng.pick(drug.indications).disease.name : { en: 'disease', cn: '疾病' };
    const text = paperText({ drug: drug.name, target, disease }, prng);
    const journal = prng.pick(journalsFor(text.field, drug.targets.some((t) => isOncologyTarget(t.key)), year));
    const doi = journal.doi(year, a, b);
    papers.push({
      ordinal: i,
      paperId: nameUuid('paper', `${compound.inchiKey}:${i}`),
      doi,
      title: text.title,
      abstract: text.abstract,
      authors: authorList(prng),
      institutions: prng.sample(institutions, prng.int(1, 3)),
      publication: journal.name,
      docType: journal.docType,
      pubmed: journal.indexedInPubmed ? [`https://pubmed.ncbi.nlm.nih.gov/${pmid}`] : [],
      source: journal.source(doi),
      publishedDay,
      epubDay: publishedDay - prng.int(0, 120),
      datesAsNumbers: prng.chance(0.4),
      structureCount: prng.int(1, 80),
    });
  }
  return papers;
}

export const papersOf = memoByKey((inchiKeyId: string): readonly Paper[] => {
  const compound = compoundIndex().byId.get(inchiKeyId);
  return compound ? build(compound) : [];
});

export function paperDate(day: number, asNumber: boolean): number | string {
  return asNumber ? yyyymmdd(day) : String(yyyymmdd(day));
}
