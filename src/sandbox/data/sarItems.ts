// SAR result items: activity values extracted from a document, one per (compound, assay) pair,
// with every field the SAR detail page lists. Compounds are real catalog structures (so SMILES,
// InChIKeys and standardized targets resolve elsewhere in the sandbox); assays and values are
// drawn from a generator seeded by the file they belong to, and fit the target they measure
// (targetBiology.ts: its class's assays, its own mutations, its cell lines).
import { hex32 } from '../ids';
import { createPrng } from '../prng';
import { compounds } from './catalogIndex';
import { molBlock } from './molfile';
import type { IndexedDrug, IndexedEntity } from './catalogIndex';
import type { Prng } from '../prng';
import { assaysFor, cancerCellLinesOf, variantsOf } from './targetBiology';
import type { Assay } from './targetBiology';

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

const xenograftHosts = ['BALB/c nude mice', 'NOD/SCID mice'];
const pkSpecies = ['Sprague-Dawley rats', 'CD-1 mice', 'Beagle dogs'];
const expressionHosts = ['HEK293', 'CHO-K1'];
const routes = ['Oral', 'Intravenous', 'Intraperitoneal', 'Subcutaneous'];
const frequencies = ['Once daily', 'Twice daily', 'Once weekly'];

/** Rounds to 3 significant digits, the precision tables in papers use. */
function roundValue(value: number): number {
  return Number(value.toPrecision(3));
}

/** The subject and the target variant an assay reports, consistent with each other. */
function subjectOf(assay: Assay, target: IndexedEntity, prng: Prng): { subject: string; variant: string } {
  const variant = () => prng.pick(variantsOf(target.key));
  switch (assay.subject) {
    case 'protein': return { subject: 'Recombinant protein', variant: variant() };
    case 'expressingCells': {
      const v = variant();
      return { subject: `Cell line: ${prng.pick(expressionHosts)} expressing human ${target.name.en}${v === 'wild type' || v === 'human recombinant' ? '' : ` ${v}`}`, variant: v };
    }
    case 'cancerCells': {
      const [line, carried] = prng.pick(cancerCellLinesOf(target.key)) as readonly [string, string];
      return { subject: `Cell line: ${line}`, variant: carried };
    }
    case 'xenograft': {
      const [line, carried] = prng.pick(cancerCellLinesOf(target.key)) as readonly [string, string];
      return { subject: `${prng.pick(xenograftHosts)} bearing ${line} xenografts`, variant: carried };
    }
    case 'pkAnimals': return { subject: prng.pick(pkSpecies), variant: 'wild type' };
    case 'named': return { subject: assay.subjectText ?? '', variant: variant() };
  }
}

function dosingOf(assay: Assay, prng: Prng): Record<string, string> {
  if (assay.subject === 'pkAnimals') {
    const route = prng.pick(['Oral', 'Intravenous']);
    return { route, dosage: `${route === 'Oral' ? prng.pick([3, 10, 30]) : prng.pick([1, 2, 5])} mg/kg`, duration: '24 h', frequency: 'Single dose' };
  }
  if (assay.subject !== 'xenograft') {
    return { route: 'In vitro', dosage: `${prng.pick([0.1, 1, 10])} μM (top concentration)`, duration: `${prng.pick([1, 24, 72])} h`, frequency: 'Single exposure' };
  }
  return {
    route: prng.pick(routes),
    dosage: `${prng.pick([3, 10, 25, 50, 100])} mg/kg`,
    duration: `${prng.pick([14, 21, 28])} days`,
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
    const target = drug.targets.length > 0 ? prng.pick(drug.targets) : undefined;
    const assay = prng.pick(assaysFor(target?.key ?? ''));
    const targetName = target?.name.en ?? 'Unknown';
    const { subject, variant } = target ? subjectOf(assay, target, prng) : { subject: 'Recombinant protein', variant: 'wild type' };
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
      protein_subtype: `${targetName} ${variant}`.trim(),
      experimental_method: assay.method,
      experimental_target: targetName,
      standardized_target: drug.targets.map((t) => standardizedTarget(t, options.keyStyle)),
      experimental_purpose: assay.purpose,
      experimental_subject: subject,
    });
  }
  return items;
}
