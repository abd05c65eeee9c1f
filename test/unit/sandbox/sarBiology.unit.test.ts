// The sandbox's SAR values read true to a chemist: every mutation belongs to its target and every
// assay fits the target's class. The tables here are an independent reading of the biology, not
// the generator's own (src/sandbox/data/targetBiology.ts).
import * as assert from 'node:assert/strict';
import { sarItems } from '../../../src/sandbox/data/sarItems';
import { fixedTasks, itemsOf } from '../../../src/sandbox/data/sarTasks';

/** Point mutations and named variants, and the target (English catalog name) they belong to. */
const MUTATION_OWNER: Readonly<Record<string, string>> = {
  V600E: 'BRAF', V600K: 'BRAF', T790M: 'EGFR', L858R: 'EGFR', C797S: 'EGFR', 'exon 19 deletion': 'EGFR',
  G12C: 'KRAS', G12D: 'KRAS', G12V: 'KRAS', T315I: 'BCR-ABL (ABL1)', 'BCR-ABL': 'BCR-ABL (ABL1)', L1196M: 'ALK', G1202R: 'ALK',
  'EML4-ALK': 'ALK', G2032R: 'ROS1', 'CD74-ROS1': 'ROS1', M918T: 'RET', V804M: 'RET', 'KIF5B-RET': 'RET', D816V: 'c-Kit',
  V560G: 'c-Kit', D842V: 'PDGFR-alpha', ITD: 'FLT3', D835Y: 'FLT3', V617F: 'JAK2', H1047R: 'PI3K-alpha', E545K: 'PI3K-alpha',
  C481S: 'BTK', 'exon 14 skipping': 'c-Met', Y1230C: 'c-Met', V561M: 'FGFR1', G595R: 'TRKA', G623R: 'TRKC', Y537S: 'Estrogen receptor alpha',
  D538G: 'Estrogen receptor alpha', T878A: 'Androgen receptor (AR)', E76K: 'SHP2 (PTPN11)', 'exon 20 insertion': 'HER2', amplified: 'HER2',
};

const KINASES = ['EGFR', 'HER2', 'BRAF', 'ALK', 'ROS1', 'RET', 'c-Kit', 'FLT3', 'JAK1', 'JAK2', 'JAK3', 'TYK2', 'BTK', 'c-Met', 'CDK4', 'CDK6', 'MEK1', 'MEK2', 'BCR-ABL (ABL1)', 'VEGFR-2 (KDR)', 'SRC', 'AXL', 'FGFR1', 'PI3K-alpha', 'PI3K-delta', 'VEGFR-1', 'VEGFR-3', 'PDGFR-alpha', 'PDGFR-beta', 'HER3', 'HER4', 'c-RAF (RAF1)', 'TIE2 (TEK)', 'TRKA', 'TRKB', 'TRKC', 'GSK-3 beta'];
const TRANSPORTERS = ['Serotonin transporter (SERT)', 'Norepinephrine transporter (NET)', 'Dopamine transporter (DAT)', 'Glycine transporter 1 (GlyT1)', 'SGLT2'];
const GPCRS = ['Dopamine D2 receptor', '5-HT1A receptor', '5-HT2A receptor', 'Beta-2 adrenergic receptor', 'Mu opioid receptor', 'Adenosine A2A receptor', 'P2Y12 receptor', 'Angiotensin II type 1 receptor (AT1R)', 'Histamine H2 receptor', 'Cannabinoid receptor 1 (CB1)', 'Neurokinin-1 receptor', 'GLP-1 receptor'];
const IN_VIVO = /xenograft|LC-MS\/MS/i;
const CELL_VIABILITY = /viability/i;

/** What an assay on a target of each class may be (in vivo studies aside). */
function assayFits(target: string, method: string): boolean {
  if (IN_VIVO.test(method)) return true;
  if (KINASES.includes(target)) return /kinase|binding|phosphorylation/i.test(method) || CELL_VIABILITY.test(method);
  if (TRANSPORTERS.includes(target)) return /binding|uptake/i.test(method);
  if (GPCRS.includes(target)) return /binding|cAMP|calcium|GTPγS/i.test(method);
  if (['Reactive oxygen species', 'Cardiolipin'].includes(target)) return !/recombinant|kinase|plasmon|enzymatic/i.test(method);
  if (['Bacterial 50S ribosomal subunit', 'DNA gyrase / topoisomerase IV', 'Penicillin-binding proteins'].includes(target)) return /MIC|microdilution|enzymatic|kinetics/i.test(method);
  return !/kinase/i.test(method);
}

function allItems(): Record<string, unknown>[] {
  const fromTasks = [...fixedTasks().values()].flatMap((task) => task.files.flatMap((file) => [...itemsOf(file)]));
  // More series than the sample tasks hold, so most catalog targets are seen.
  const more = Array.from({ length: 40 }, (_, i) => sarItems({ seed: `biology-${i}`, count: 60, keyStyle: 'snake', stringValueRate: 0, valueSource: 'Literature' }));
  return [...fromTasks, ...more.flat()];
}

describe('sandbox SAR data: biology a chemist checks', () => {
  const items = allItems();
  const text = (item: Record<string, unknown>, key: string) => String(item[key] ?? '');

  it('covers many targets, including kinases, transporters and GPCRs', () => {
    const targets = new Set(items.map((i) => text(i, 'experimental_target')));
    assert.ok(targets.size >= 40, `${targets.size} targets`);
    for (const group of [KINASES, TRANSPORTERS, GPCRS]) assert.ok(group.some((t) => targets.has(t)), group[0]);
  });

  it('gives every mutation to the target it belongs to (no "SERT V600E")', () => {
    const wrong = new Set<string>();
    for (const item of items) {
      const target = text(item, 'experimental_target');
      const subtype = text(item, 'protein_subtype');
      assert.ok(subtype === target || subtype.startsWith(`${target} `), subtype);
      const variant = subtype.slice(target.length + 1);
      const owner = Object.entries(MUTATION_OWNER).find(([mutation]) => variant.includes(mutation))?.[1];
      if (variant !== '' && variant !== 'wild type' && variant !== 'human recombinant' && owner !== target) wrong.add(subtype);
      // The cells an assay names carry the target's own variant only.
      for (const [mutation, belongsTo] of Object.entries(MUTATION_OWNER)) {
        if (/^[A-Z]\d+[A-Z]$/.test(mutation) && text(item, 'experimental_subject').includes(` ${mutation}`) && belongsTo !== target) wrong.add(text(item, 'experimental_subject'));
      }
    }
    assert.deepEqual([...wrong], []);
  });

  it('measures each target in assays of its class (no kinase assay for a transporter or a GPCR)', () => {
    const wrong = new Set<string>();
    for (const item of items) {
      const target = text(item, 'experimental_target');
      const method = text(item, 'experimental_method');
      if (!assayFits(target, method)) wrong.add(`${target}: ${method}`);
    }
    assert.deepEqual([...wrong], []);
  });

  it('runs viability assays and xenografts on cancer cell lines only for oncology targets', () => {
    for (const item of items) {
      if (!CELL_VIABILITY.test(text(item, 'experimental_method'))) continue;
      assert.ok(![...TRANSPORTERS, ...GPCRS].includes(text(item, 'experimental_target')), text(item, 'experimental_target'));
      assert.match(text(item, 'experimental_subject'), /^Cell line: /);
    }
  });

  it('reports values of a plausible size for their unit', () => {
    for (const item of items) {
      const value = Number(item.value);
      const unit = text(item, 'unit');
      assert.ok(Number.isFinite(value) && value > 0, `${String(item.value)} ${unit}`);
      if (unit === '%') assert.ok(value <= 100, `${value} %`);
      if (unit === 'nM') assert.ok(value >= 0.01 && value <= 1e5, `${value} nM`);
      if (unit === 'μM') assert.ok(value >= 0.001 && value <= 1000, `${value} μM`);
      if (unit === 'μg/mL') assert.ok(value >= 0.001 && value <= 64, `MIC ${value} μg/mL`);
    }
  });
});
