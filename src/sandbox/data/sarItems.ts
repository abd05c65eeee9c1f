// SAR result items: activity values extracted from a document, one per (compound, assay) pair,
// with every field the SAR detail page lists. Compounds are real catalog structures (so SMILES,
// InChIKeys and standardized targets resolve elsewhere in the sandbox); assays and values are
// drawn from a generator seeded by the file they belong to.
import { hex32 } from '../ids';
import { createPrng } from '../prng';
import { compounds } from './catalogIndex';
import { molBlock } from './molfile';
import type { IndexedDrug, IndexedEntity } from './catalogIndex';
import type { Prng } from '../prng';

/** How a file spells its items: the page's example (snake_case) or its schema (camelCase). */
export type KeyStyle = 'snake' | 'camel';

export interface SarItemOptions {
  /** Seeds everything about the file's items. */
  readonly seed: string;
  readonly count: number;
  readonly keyStyle: KeyStyle;
  /** Share of items whose `value` is a string ("10") rather than a number (10). */
  readonly stringValueRate: number;
  /** Where the values were read from: a patent or a paper. */
  readonly valueSource: 'Patent' | 'Literature';
}

interface Assay {
  readonly indicator: string;
  readonly unit: string;
  readonly method: string;
  readonly purpose: string;
  readonly inVivo: boolean;
  /** log10 range of plausible values. */
  readonly range: readonly [number, number];
}

const assays: readonly Assay[] = [
  { indicator: 'IC50', unit: 'nM', method: 'HTRF kinase assay', purpose: 'Potency', inVivo: false, range: [-0.5, 4] },
  { indicator: 'IC50', unit: 'μM', method: 'MTT assay', purpose: 'Cytotoxicity', inVivo: false, range: [-2, 2] },
  { indicator: 'Ki', unit: 'nM', method: 'Radioligand binding assay', purpose: 'Affinity', inVivo: false, range: [-1, 3.5] },
  { indicator: 'Kd', unit: 'nM', method: 'Surface plasmon resonance', purpose: 'Affinity', inVivo: false, range: [-1, 3] },
  { indicator: 'EC50', unit: 'nM', method: 'Reporter gene assay', purpose: 'Functional activity', inVivo: false, range: [0, 4] },
  { indicator: 'GI50', unit: 'μM', method: 'CellTiter-Glo assay', purpose: 'Antiproliferation', inVivo: false, range: [-2, 1.5] },
  { indicator: 'Inhibition', unit: '%', method: 'Enzymatic assay at 1 μM', purpose: 'Selectivity', inVivo: false, range: [0.5, 2] },
  { indicator: 'TGI', unit: '%', method: 'Xenograft model', purpose: 'Efficacy', inVivo: true, range: [1, 2] },
  { indicator: 'AUC', unit: 'ng·h/mL', method: 'LC-MS/MS', purpose: 'Pharmacokinetics', inVivo: true, range: [2, 4.5] },
  { indicator: 't1/2', unit: 'h', method: 'LC-MS/MS', purpose: 'Pharmacokinetics', inVivo: true, range: [-0.3, 1.5] },
];

const cellLines = ['A549', 'H1975', 'HCT116', 'MCF-7', 'K562', 'PC-9', 'HEK293', 'Ba/F3'];
const animals = ['BALB/c nude mice', 'Sprague-Dawley rats', 'Beagle dogs', 'NOD/SCID mice'];
const subtypes = ['wild type', 'T790M', 'L858R', 'V600E', 'G12C', 'D816V', 'isoform 1', 'human recombinant'];
const routes = ['Oral', 'Intravenous', 'Intraperitoneal', 'Subcutaneous'];
const frequencies = ['Once daily', 'Twice daily', 'Once weekly', 'Single dose'];

/** Rounds to 3 significant digits, the precision tables in papers use. */
function roundValue(value: number): number {
  return Number(value.toPrecision(3));
}

function subjectOf(assay: Assay, prng: Prng): string {
  if (assay.inVivo) return prng.pick(animals);
  return assay.method.includes('assay at') || assay.indicator === 'Ki' || assay.indicator === 'Kd'
    ? 'Recombinant protein'
    : `Cell line: ${prng.pick(cellLines)}`;
}

function dosingOf(assay: Assay, prng: Prng): Record<string, string> {
  if (!assay.inVivo) return { route: 'In vitro', dosage: `${prng.pick([0.1, 1, 10])} μM`, duration: `${prng.pick([1, 24, 72])} h`, frequency: 'Single exposure' };
  return {
    route: prng.pick(routes),
    dosage: `${prng.pick([1, 3, 10, 25, 50, 100])} mg/kg`,
    duration: `${prng.pick([1, 7, 14, 21, 28])} days`,
    frequency: prng.pick(frequencies),
  };
}

function standardizedTarget(target: IndexedEntity, style: KeyStyle): Record<string, string> {
  return style === 'camel'
    ? { targetId: target.id, displayNameCn: target.name.cn, displayNameEn: target.name.en }
    : { target_id: target.id, display_name_cn: target.name.cn, display_name_en: target.name.en };
}

/** A document reports a series around a few related compounds: pick a lead and catalog drugs
 *  that share one of its targets, topped up with others when the series is short. */
function seriesFor(prng: Prng): IndexedDrug[] {
  const pool = compounds();
  if (pool.length === 0) return [];
  const lead = prng.pick(pool);
  const related = pool.filter((d) => d !== lead && d.targets.some((t) => lead.targets.includes(t)));
  const others = prng.sample(pool.filter((d) => d !== lead && !related.includes(d)), 6);
  return [lead, ...prng.sample(related, 5), ...others].slice(0, 8);
}

export function sarItems(options: SarItemOptions): Record<string, unknown>[] {
  const prng = createPrng(`sar-items:${options.seed}`);
  const series = seriesFor(prng);
  if (series.length === 0) return [];
  const camel = options.keyStyle === 'camel';
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < options.count; i++) {
    const drug = series[i % series.length] as IndexedDrug;
    const smiles = drug.source.smiles ?? '';
    const assay = prng.pick(assays);
    const target = drug.targets.length > 0 ? prng.pick(drug.targets) : undefined;
    const targetName = target?.name.en ?? 'Unknown';
    const [lo, hi] = assay.range;
    const numeric = roundValue(10 ** (lo + prng.next() * (hi - lo)));
    const compoundNo = `${prng.int(1, 120)}${prng.chance(0.2) ? prng.pick(['a', 'b', 'c']) : ''}`;
    const otherName = prng.chance(0.7) ? `Compound ${compoundNo}` : `Example ${compoundNo}`;
    const resultId = `result_${hex32('sar-result', `${options.seed}:${i}`).slice(0, 12)}`;
    items.push({
      unit: assay.unit,
      match: prng.chance(0.9),
      value: prng.chance(options.stringValueRate) ? String(numeric) : numeric,
      source: { x: prng.int(40, 420), y: prng.int(60, 720), page: prng.int(1, 60), width: prng.int(80, 400), height: prng.int(12, 60) },
      target: drug.targets.map((t) => t.name.en),
      indicator: assay.indicator,
      [camel ? 'resultId' : 'result_id']: resultId,
      structure: { mol: molBlock(smiles), smiles, [camel ? 'inchyKey' : 'inchy_key']: drug.source.inchiKey ?? '' },
      other_name: otherName,
      value_source: options.valueSource,
      dosing_regimen: dosingOf(assay, prng),
      substance_code: { code: `C${String(i + 1).padStart(3, '0')}`, name: otherName },
      protein_subtype: `${targetName} ${prng.pick(subtypes)}`,
      experimental_method: assay.method,
      experimental_target: targetName,
      standardized_target: drug.targets.map((t) => standardizedTarget(t, options.keyStyle)),
      experimental_purpose: assay.purpose,
      experimental_subject: subjectOf(assay, prng),
    });
  }
  return items;
}
